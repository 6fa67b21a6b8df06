import { describe, expect, it } from 'vitest';
import { parseVnd } from './money.js';

describe('parseVnd', () => {
  it.each([
    ['50000000', 50_000_000],
    ['50.000.000', 50_000_000],
    ['50,000,000', 50_000_000],
    ['50 000 000', 50_000_000],
    ['50tr', 50_000_000],
    ['50 tr', 50_000_000],
    ['50 triệu', 50_000_000],
    ['50 TRIỆU đồng', 50_000_000],
    ['50 trieu', 50_000_000],
    ['1,5 tỷ', 1_500_000_000],
    ['1.5 tỷ', 1_500_000_000],
    ['2 tỷ 500 triệu', 2_500_000_000],
    ['1.500 triệu', 1_500_000_000],
    ['500k', 500_000],
    ['300 nghìn đ', 300_000],
    ['5 tỉ', 5_000_000_000],
    ['200.000 ₫', 200_000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseVnd(text)).toBe(value);
  });

  it.each(['', 'năm mươi triệu', '50 củ khoai', 'tr50', '50tr abc', '-5 triệu', '1e9', '50.00.000', '50 tỷ tỷ'])('refuses %j', (text) => {
    expect(parseVnd(text)).toBeNull();
  });
});
