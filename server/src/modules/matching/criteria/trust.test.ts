import { describe, expect, it } from 'vitest';
import { NO_SECTOR_SCORE, sectorOverlap } from './sector.js';
import { sharedLanguage, verified } from './trust.js';

describe('sector overlap', () => {
  it('counts the share of the startup’s sectors the helper knows; extra helper sectors cost nothing', () => {
    expect(sectorOverlap(['agri_food_ocop'], ['agri_food_ocop', 'it_software', 'tourism']).score).toBe(1);
    expect(sectorOverlap(['agri_food_ocop', 'forestry_herbal'], ['agri_food_ocop']).score).toBeCloseTo(0.8, 10);
    expect(sectorOverlap(['agri_food_ocop'], ['fintech']).score).toBe(0);
    expect(sectorOverlap(['agri_food_ocop'], []).score).toBe(NO_SECTOR_SCORE);
    expect(sectorOverlap(['agri_food_ocop', 'handicrafts'], ['handicrafts', 'agri_food_ocop']).detail.vi).toBe(
      'Cùng lĩnh vực: nông sản, thực phẩm & OCOP và thủ công mỹ nghệ & làng nghề',
    );
  });
});

describe('verified and language', () => {
  it('are yes/no', () => {
    expect(verified(true).score).toBe(1);
    expect(verified(false).score).toBe(0);
    expect(sharedLanguage(['vi'], ['vi', 'en'])).toEqual({
      score: 1,
      detail: { vi: 'Cùng nói tiếng Việt', en: 'Shared language: Vietnamese' },
    });
    expect(sharedLanguage(['en'], ['vi']).score).toBe(0);
  });
});
