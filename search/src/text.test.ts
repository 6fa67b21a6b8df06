import { describe, expect, it } from 'vitest';
import { escapeHtml, exactKey, fold, hasDiacritics, lowerExact, slugify, tokenize, toNfc } from './text.js';

describe('Vietnamese text helpers', () => {
  it('folds diacritics, đ and case; NFD input folds like precomposed', () => {
    expect(fold('Đăng ký nhãn hiệu')).toBe('dang ky nhan hieu');
    expect(fold('Đăng ký nhãn hiệu'.normalize('NFD'))).toBe('dang ky nhan hieu');
    expect(fold('THẠCH ĐEN')).toBe('thach den');
  });

  it('keeps diacritics in lowerExact and toNfc', () => {
    const nfd = 'Mật Ong'.normalize('NFD');
    expect(lowerExact(nfd)).toBe('mật ong');
    expect(toNfc(nfd)).toBe('Mật Ong');
    expect(toNfc(nfd).length).toBeLessThan(nfd.length);
  });

  it('unifies old and new tone placement in exactKey only for open oa/oe/uy syllables', () => {
    expect(exactKey('Hoà')).toBe(exactKey('hòa'));
    expect(exactKey('thuỷ')).toBe(exactKey('thủy'));
    expect(exactKey('khoẻ')).toBe(exactKey('khỏe'));
    expect(exactKey('hoàng')).toBe('hoàng');
    expect(exactKey('quý')).toBe('quý');
    expect(exactKey('mật')).not.toBe(exactKey('mặt'));
    expect(exactKey('mật'.normalize('NFD'))).toBe('mật');
  });

  it('tells words with diacritics from plain ones', () => {
    expect(hasDiacritics('mật')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('mat')).toBe(false);
    expect(hasDiacritics('IoT')).toBe(false);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('tokenizes and slugifies', () => {
    expect(tokenize('Mật ong, chanh-rừng!')).toEqual(['Mật', 'ong', 'chanh', 'rừng']);
    expect(slugify('TP Hồ Chí Minh')).toBe('tp-ho-chi-minh');
  });
});

describe('tokenize', () => {
  it('splits exactly like the Unicode regex on mixed input', () => {
    const reference = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 0);
    const alphabet = ['a', 'Đ', 'ữ', ' ', ',', '·', '…', '“', '2', '٣', 'ß', 'Ω', '漢', '😀', '𝐀', '\u0301', '-', '\n', '\uD800'];
    let seed = 12345;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = 0; i < 1 + (n % 30); i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      expect(tokenize(text), JSON.stringify(text)).toEqual(reference(text));
    }
    expect(tokenize('Mật ong'.normalize('NFD'))).toEqual(reference('Mật ong'.normalize('NFD')));
  });
});
