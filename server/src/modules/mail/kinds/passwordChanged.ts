// "Your password was changed": sent when a signed-in person changes it (POST /api/auth/password),
// so the owner of an account whose session was taken learns of it and can take the account back
// with a reset link. Transactional: sent even to someone who turned notification mails off.
import { z } from 'zod';
import type { MailKind } from '../render.js';

const PasswordChangedData = z.object({ at: z.string().datetime() });

export const passwordChanged: MailKind<z.infer<typeof PasswordChangedData>> = {
  name: 'password.changed',
  category: 'transactional',
  data: PasswordChangedData,
  link: () => '/forgot-password',
  templates: {
    vi: {
      subject: 'Mật khẩu KếtNối của bạn vừa được đổi',
      button: 'Không phải bạn? Đặt lại mật khẩu',
      text: `Mật khẩu tài khoản KếtNối này vừa được đổi lúc {{datetime at}}. Tài khoản đã tự đăng xuất trên các máy và trình duyệt khác.

Nếu chính bạn đổi, không cần làm gì thêm. Nếu không phải bạn, hãy đặt lại mật khẩu ngay bằng nút dưới đây.`,
      html: `<p style="margin:0 0 12px;">Mật khẩu tài khoản KếtNối này vừa được đổi lúc {{datetime at}}. Tài khoản đã tự đăng xuất trên các máy và trình duyệt khác.</p>
<p style="margin:0;">Nếu chính bạn đổi, không cần làm gì thêm. Nếu không phải bạn, hãy đặt lại mật khẩu ngay bằng nút dưới đây.</p>`,
    },
    en: {
      subject: 'Your KếtNối password was changed',
      button: 'Not you? Reset your password',
      text: `The password of this KếtNối account was changed at {{datetime at}}. The account was signed out on other devices and browsers.

If it was you, there is nothing more to do. If it was not, reset your password now with the button below.`,
      html: `<p style="margin:0 0 12px;">The password of this KếtNối account was changed at {{datetime at}}. The account was signed out on other devices and browsers.</p>
<p style="margin:0;">If it was you, there is nothing more to do. If it was not, reset your password now with the button below.</p>`,
    },
  },
};
