import argon2 from 'argon2';
import type { Config } from '../../config.js';

/** argon2id hashing (OWASP parameters by default: 19 MiB, 2 iterations, 1 lane). */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  constructor(private readonly cost: Config['passwordHashing']) {}

  /**
   * The password as typed, in NFC: "mật khẩu" typed with precomposed letters (phone keyboards) and
   * with combining marks (Unikey's "Unicode tổ hợp", macOS) is one password (DESIGN.md: decomposed
   * input must match precomposed text).
   */
  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), { type: argon2.argon2id, ...this.cost });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    const composed = password.normalize('NFC');
    if (await this.check(hash, composed)) return true;
    // A hash made before passwords were normalised holds the characters as they were typed.
    return composed !== password && this.check(hash, password);
  }

  private async check(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spend the same time as a real check when the account does not exist (no user enumeration by timing). */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('not-a-real-password-0000');
    await this.verify(await this.dummy, password);
    return false;
  }
}
