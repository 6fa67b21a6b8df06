// "Reset your password": a link with a single-use token valid for 60 minutes. Transactional:
// sent even to someone who turned notification mails off.
import { z } from 'zod';
import type { MailKind } from '../render.js';

const PasswordResetData = z.object({
  token: z.string().min(20),
  validMinutes: z.number().int().positive(),
});

export const passwordReset: MailKind<z.infer<typeof PasswordResetData>> = {
  name: 'password.reset',
  category: 'transactional',
  data: PasswordResetData,
  link: (data) => `/reset-password?token=${encodeURIComponent(data.token)}`,
  templates: {
    vi: {
      subject: 'Đặt lại mật khẩu KếtNối',
      button: 'Đặt mật khẩu mới',
      text: `Ai đó (hy vọng là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản KếtNối này.
Liên kết dưới đây dùng được một lần trong {{validMinutes}} phút.

Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.`,
      html: `<p style="margin:0 0 12px;">Ai đó (hy vọng là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản KếtNối này. Liên kết dưới đây dùng được một lần trong {{validMinutes}} phút.</p>
<p style="margin:0;">Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.</p>`,
    },
    en: {
      subject: 'Reset your KếtNối password',
      button: 'Choose a new password',
      text: `Someone (hopefully you) asked to reset the password of this KếtNối account.
The link below works once, for {{validMinutes}} minutes.

If you did not ask for it, ignore this mail: your password stays as it is.`,
      html: `<p style="margin:0 0 12px;">Someone (hopefully you) asked to reset the password of this KếtNối account. The link below works once, for {{validMinutes}} minutes.</p>
<p style="margin:0;">If you did not ask for it, ignore this mail: your password stays as it is.</p>`,
    },
  },
};
