import { describe, expect, it } from 'vitest';
import { parseCsv } from '../staff/tests/helpers.js';
import { BOM, csvCell, toCsv } from './csv.js';

describe('csv', () => {
  it('quotes only what RFC 4180 requires and doubles quotes', () => {
    expect(csvCell('Mật ong')).toBe('Mật ong');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(4.5)).toBe('4.5');
    expect(csvCell(-3)).toBe('-3');
  });

  it('normalises to NFC and defuses formula cells', () => {
    expect(csvCell('Lạng Sơn'.normalize('NFD'))).toBe('Lạng Sơn');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-x,y')).toBe(`"'-x,y"`);
  });

  it('writes BOM, header and CRLF rows that read back to the same values', () => {
    const rows = [
      ['Đăng ký "nhãn hiệu", Chi Lăng\nLạng Sơn', 1, null],
      ['Thạch đen', 2.5, 'ok'],
    ];
    const text = toCsv(['Tiêu đề (Title)', 'Số (Number)', 'Ghi chú (Note)'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(text.slice(1))).toEqual([
      ['Tiêu đề (Title)', 'Số (Number)', 'Ghi chú (Note)'],
      ['Đăng ký "nhãn hiệu", Chi Lăng\nLạng Sơn', '1', ''],
      ['Thạch đen', '2.5', 'ok'],
    ]);
  });
});
