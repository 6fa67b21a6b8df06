// Ticket codes: 6 characters from 31 that read unambiguously aloud and on a phone screen (no 0/O,
// 1/I/L), unique per event. 31^6 ≈ 887 million codes, so a collision inside one event is rare and
// met by drawing again; rejection sampling keeps every character equally likely.
import { randomBytes } from 'node:crypto';
import { REGISTRATION_CODE_ALPHABET, REGISTRATION_CODE_LENGTH } from '@ketnoi/contract';

const ALPHABET = REGISTRATION_CODE_ALPHABET;
/** The largest multiple of the alphabet's size below 256: bytes at or above it are drawn again. */
const LIMIT = 256 - (256 % ALPHABET.length);

export function newRegistrationCode(): string {
  let code = '';
  while (code.length < REGISTRATION_CODE_LENGTH) {
    for (const byte of randomBytes(REGISTRATION_CODE_LENGTH * 2)) {
      if (byte >= LIMIT) continue;
      code += ALPHABET[byte % ALPHABET.length];
      if (code.length === REGISTRATION_CODE_LENGTH) break;
    }
  }
  return code;
}

/** What a scanner or a person typed, as stored: upper case, without spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
