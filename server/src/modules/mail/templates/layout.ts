// The frame every mail shares. HTML mail clients ignore stylesheets and most of CSS: tables and
// inline styles are what render the same in Gmail, Outlook and phone clients. The one <style> is
// for dark mode where a client honours it (Apple Mail, Outlook apps); Gmail's apps invert the
// light colours themselves, which these survive. The hidden preheader is the line inboxes show
// after the subject (otherwise "KếtNối Xin chào …").

export const htmlLayout = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>{{subject}}</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .kn-page { background:#111827 !important; }
  .kn-card { background:#1f2933 !important; color:#e4e7eb !important; }
  .kn-text { color:#e4e7eb !important; }
  .kn-muted, .kn-muted a { color:#9aa5b1 !important; border-color:#3e4c59 !important; }
  .kn-quote { color:#cbd2d9 !important; border-color:#5fbf9f !important; }
  .kn-outline { background:#1f2933 !important; color:#7fd1b9 !important; border-color:#7fd1b9 !important; }
  .kn-no { background:#1f2933 !important; color:#f59e8b !important; border-color:#f59e8b !important; }
}
</style>
</head>
<body class="kn-page" style="margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
{{#if preheader}}<div style="display:none;max-height:0;max-width:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;opacity:0;">{{preheader}}{{{preheaderPad}}}</div>
{{/if}}<table role="presentation" class="kn-page" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" class="kn-card" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;color:#1f2933;border-radius:8px;">
<tr><td style="padding:16px 20px;background:#0b5c4a;border-radius:8px 8px 0 0;">
<span style="font-size:22px;font-weight:bold;color:#ffffff;">KếtNối</span>
</td></tr>
<tr><td class="kn-text" style="padding:24px 20px;font-size:16px;line-height:1.6;color:#1f2933;">
<p style="margin:0 0 16px;">{{greeting}} {{name}},</p>
{{body}}
<p style="margin:24px 0 8px;"><a href="{{button.url}}" class="{{button.className}}" style="{{button.style}}">{{button.label}}</a></p>
</td></tr>
<tr><td class="kn-muted" style="padding:18px 20px;border-top:1px solid #e4e7eb;font-size:13px;line-height:1.5;color:#616e7c;">
<p style="margin:0;">{{footer.reason}}</p>
{{#if unsubscribeUrl}}<p style="margin:8px 0 0;"><a href="{{unsubscribeUrl}}" style="color:#616e7c;display:inline-block;padding:6px 0;">{{footer.unsubscribe}}</a> · <a href="{{settingsUrl}}" style="color:#616e7c;display:inline-block;padding:6px 0;">{{footer.settings}}</a></p>
{{/if}}
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
{{#if unsubscribeUrl}}
{{footer.unsubscribe}}: {{unsubscribeUrl}}
{{footer.settings}}: {{settingsUrl}}
{{/if}}
`;
