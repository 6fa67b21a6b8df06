import argon2 from 'argon2';
import type { Config } from '../../config.js';

/** argon2id hashing (OWASP parameters by default: 19 MiB, 2 iterations, 1 lane). */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  constructor(private readonly cost: Config['passwordHashing']) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
  }

  async verify(hash: string, password: string): Promise<boolean> {
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
