// The frame every mail shares. HTML mail clients ignore stylesheets and most of CSS: tables and
// inline styles are what render the same in Gmail, Outlook and phone clients.

export const htmlLayout = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 28px;background:#0b5c4a;border-radius:8px 8px 0 0;">
<span style="font-size:22px;font-weight:bold;color:#ffffff;">KếtNối</span>
</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.6;">
<p style="margin:0 0 16px;">{{greeting}} {{name}},</p>
{{body}}
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0 8px;">
<tr><td style="border-radius:6px;background:#0b5c4a;">
<a href="{{button.url}}" style="display:inline-block;padding:12px 22px;color:#ffffff;text-decoration:none;font-weight:bold;">{{button.label}}</a>
</td></tr>
</table>
</td></tr>
<tr><td style="padding:18px 28px;border-top:1px solid #e4e7eb;font-size:12px;line-height:1.5;color:#616e7c;">
<p style="margin:0 0 8px;">{{footer.reason}}</p>
<p style="margin:0;"><a href="{{unsubscribeUrl}}" style="color:#616e7c;">{{footer.unsubscribe}}</a> · <a href="{{settingsUrl}}" style="color:#616e7c;">{{footer.settings}}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

export const textLayout = `KếtNối
======

{{greeting}} {{name}},

{{body}}

{{button.label}}: {{button.url}}

--
{{footer.reason}}
{{footer.unsubscribe}}: {{unsubscribeUrl}}
{{footer.settings}}: {{settingsUrl}}
`;
