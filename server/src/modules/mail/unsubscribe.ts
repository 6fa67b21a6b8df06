// One-click unsubscribe links (RFC 8058). They must keep working for as long as a mail sits in an
// inbox, any number of times, so they are not stored tokens but the user id signed with HMAC-SHA256
// under a key derived from SESSION_SECRET (which every instance of one deployment shares).
import crypto from 'node:crypto';

export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = crypto.createHmac('sha256', secret).update('ketnoi mail unsubscribe v1').digest();
  }

  token(userId: string): string {
    return `${Buffer.from(userId).toString('base64url')}.${this.signature(userId)}`;
  }

  /** The user id the token was made for, or null when it was not made by us. */
  verify(token: string): string | null {
    const [encoded, signature, ...rest] = token.split('.');
    if (!encoded || !signature || rest.length > 0) return null;
    const userId = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(this.signature(userId));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? userId : null;
  }

  private signature(userId: string): string {
    return crypto.createHmac('sha256', this.key).update(userId).digest('base64url');
  }
}
