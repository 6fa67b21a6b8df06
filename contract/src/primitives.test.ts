// Stored text is cleaned first and validated after (issue 14, item 10): limits count what is
// stored, and characters that hide or reorder text never reach the store.
import { describe, expect, it } from 'vitest';
import { ClientId, MessageBody } from './conversations.js';
import { PersonName } from './accounts.js';
import { cleanText, RequiredText, Text } from './primitives.js';

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('cleanText', () => {
  it('normalises to NFC, removes zero-width characters and trims', () => {
    expect(cleanText('  Mật ong '.normalize('NFD'))).toBe('Mật ong');
    expect(cleanText('mật\u200B ong\uFEFF')).toBe('mật ong');
    expect(cleanText('\u200E\u00ADtrà\u2060')).toBe('trà');
  });

  it('turns text with nothing visible into empty text', () => {
    for (const blank of ['\u200B\u200B', ' \u200D ', '\u3164', '\u2800\u200C', '\uFEFF\n\t']) expect(cleanText(blank)).toBe('');
  });

  it('keeps joiners inside visible text (emoji sequences)', () => {
    expect(cleanText('Nhóm 👩\u200D👩\u200D👧')).toBe('Nhóm 👩\u200D👩\u200D👧');
  });
});

describe('Text and RequiredText', () => {
  it('check the limit on the normalised text, not on what was sent', () => {
    // Each U+FB2C becomes three code points under NFC: 10 sent, 30 stored.
    const expanding = '\uFB2C'.repeat(10);
    expect(expanding.normalize('NFC')).toHaveLength(30);
    expect(Text(20).safeParse(expanding).success).toBe(false);
    expect(Text(30).parse(expanding)).toHaveLength(30);
    // And the other way round: a decomposed name within the limit once composed is accepted.
    const decomposed = 'ệ'.repeat(20).normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(20);
    expect(RequiredText(20).parse(decomposed)).toBe('ệ'.repeat(20));
  });

  it.each([
    ['NUL', 'Mật\u0000ong'],
    ['a C0 control', 'Mật\u0007ong'],
    ['a C1 control', 'Mật\u0085ong'],
    ['DEL', 'Mật\u007Fong'],
    ['a lone high surrogate', 'Mật ong \uD83D'],
    ['a lone low surrogate', '\uDC00 Mật ong'],
    ['a right-to-left override', 'Invoice \u202Egpj.exe'],
    ['a left-to-right embedding', '\u202AMật ong\u202C'],
    ['a bidi isolate', 'Mật \u2067ong\u2069'],
  ])('refuse %s with a clear message', (_label, text) => {
    for (const schema of [Text(200), RequiredText(200)]) {
      expect(issues(schema.safeParse(text))).toContain(
        'Remove the invisible control characters (such as NUL or text-direction overrides) from this text; they cannot be stored.',
      );
    }
  });

  it('accept tabs, line breaks and well-formed astral characters', () => {
    expect(Text(100).parse('Dòng 1\r\nDòng 2\tcột 🍯')).toBe('Dòng 1\r\nDòng 2\tcột 🍯');
  });

  it('treat zero-width-only text as empty: required text refuses it, optional text stores ""', () => {
    expect(issues(RequiredText(100, 'Enter a name.').safeParse('\u200B\u200D\u2060'))).toEqual(['Enter a name.']);
    expect(Text(100).parse('\u200B\u200B')).toBe('');
  });

  it('apply to names and chat messages too', () => {
    expect(PersonName.safeParse('\u200B').success).toBe(false);
    expect(PersonName.parse(' Nguyễn Văn An '.normalize('NFD'))).toBe('Nguyễn Văn An');
    expect(MessageBody.safeParse('Chào\u0000').success).toBe(false);
    expect(MessageBody.safeParse('\u200B \u200B').success).toBe(false);
    expect(MessageBody.safeParse('\uFB2C'.repeat(1500)).success).toBe(false);
    expect(ClientId.safeParse('tab-1\u0000').success).toBe(false);
    expect(ClientId.parse(' tab-1 ')).toBe('tab-1');
  });
});
