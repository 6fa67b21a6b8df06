import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, countExactMatches, isPrefixTerm, parseQuery, typoBudget } from './query.js';

describe('parseQuery', () => {
  it('folds terms and keeps the exact form of words typed with diacritics', () => {
    const p = parseQuery('Mật ONG');
    expect(p.terms).toEqual(['mat', 'ong']);
    expect(p.exactByTerm).toEqual(['mật', undefined]);
    expect(p.exactTerms).toEqual(['mật']);
    expect(p.exactLastIsPrefix).toBe(false);
  });

  it('treats NFD input like precomposed input', () => {
    expect(parseQuery('nhãn hiệu'.normalize('NFD'))).toEqual(parseQuery('nhãn hiệu'));
  });

  it('de-duplicates folded terms and bounds their number', () => {
    expect(parseQuery('mật mặt mat').terms).toEqual(['mat']);
    expect(parseQuery('mật mặt mat').exactByTerm).toEqual(['mật']);
    const long = Array.from({ length: 40 }, (_v, i) => `w${i}`).join(' ');
    expect(parseQuery(long).terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery('x'.repeat(10_000)).terms[0]!.length).toBeLessThanOrEqual(256);
  });

  it('keeps the first 10 distinct words, as Meilisearch does (it ignores every word after the 10th)', () => {
    expect(MAX_QUERY_TERMS).toBe(10);
    const words = Array.from({ length: 12 }, (_v, i) => `w${i + 1}`);
    expect(parseQuery(words.join(' ')).terms).toEqual(words.slice(0, 10));
    // Repeated words are not counted twice; the words after the 10th distinct one are dropped
    // with their exact forms, so they cannot promote hits Meilisearch never matched on them.
    const parsed = parseQuery(`w1 w1 ${words.slice(1, 10).join(' ')} mật`);
    expect(parsed.terms).toEqual(words.slice(0, 10));
    expect(parsed.exactTerms).toEqual([]);
    expect(parsed.exactLastIsPrefix).toBe(false);
  });

  it('marks the last diacritic word as a prefix', () => {
    expect(parseQuery('nhãn hiệ').exactLastIsPrefix).toBe(true);
    expect(parseQuery('nhãn hie').exactLastIsPrefix).toBe(false);
  });

  it('is empty for blank or punctuation-only input', () => {
    expect(parseQuery(undefined).terms).toEqual([]);
    expect(parseQuery('  ,;!! ').terms).toEqual([]);
  });
});

describe('typo budget and prefixes', () => {
  it('allows no typo under 5 letters, one up to 8, two from 9', () => {
    expect(typoBudget('nhan')).toBe(0);
    expect(typoBudget('hieuu')).toBe(1);
    expect(typoBudget('nghieng')).toBe(1);
    expect(typoBudget('truyenthong')).toBe(2);
  });

  it('uses only the last term of two letters or more as a prefix', () => {
    expect(isPrefixTerm('hie', 1, 2)).toBe(true);
    expect(isPrefixTerm('nhan', 0, 2)).toBe(false);
    expect(isPrefixTerm('h', 1, 2)).toBe(false);
  });
});

describe('countExactMatches', () => {
  it('counts diacritic query words present in exactly that spelling', () => {
    const q = parseQuery('mật ong');
    expect(countExactMatches(['Mật ong rừng'], q)).toBe(1);
    expect(countExactMatches(['Mặt nạ sáp ong'], q)).toBe(0);
    expect(countExactMatches(['Hoà Bình'], parseQuery('hòa bình'))).toBe(2);
    expect(countExactMatches(['nhãn hiệu'], parseQuery('nhãn hiệ'))).toBe(2);
    expect(countExactMatches(['mat ong'], parseQuery('mat ong'))).toBe(0);
  });
});
