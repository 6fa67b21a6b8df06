import { describe, expect, it } from 'vitest';
import { highlightText, sentinelsToMarks } from './highlight.js';

const is =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe('highlightText', () => {
  it('marks matched words of the original text and escapes the rest', () => {
    expect(highlightText('<b>Mật</b> ong & "quà"', is('mat', 'ong'))).toBe(
      '&lt;b&gt;<mark>Mật</mark>&lt;/b&gt; <mark>ong</mark> &amp; &quot;quà&quot;',
    );
  });

  it('matches decomposed text through folding', () => {
    expect(highlightText('Thạch đen'.normalize('NFD'), is('thach'))).toContain('<mark>');
  });

  it('returns undefined when nothing matches', () => {
    expect(highlightText('Thạch đen', is('mat'))).toBeUndefined();
  });

  it('crops long text around the first match at word boundaries', () => {
    const text = `${'mở đầu '.repeat(60)}mật ong${' kết thúc'.repeat(60)}`;
    const out = highlightText(text, is('mat'), { crop: 100 })!;
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>mật</mark>');
    expect(out.length).toBeLessThan(160);
    // whole words at both cut points
    expect(out).toMatch(/^…mở đầu /u);
    expect(out).toMatch(/ kết thúc…$/u);
  });
});

describe('sentinelsToMarks', () => {
  it('escapes engine-formatted text and turns sentinels into marks', () => {
    expect(sentinelsToMarks('<i>\u0002Mật\u0003</i>', '\u0002', '\u0003')).toBe('&lt;i&gt;<mark>Mật</mark>&lt;/i&gt;');
    expect(sentinelsToMarks('no match', '\u0002', '\u0003')).toBeUndefined();
  });
});
