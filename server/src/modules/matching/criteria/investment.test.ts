import { describe, expect, it } from 'vitest';
import { ADJACENT_STAGE_SCORE, stageFit, ticketFit } from './investment.js';
import { NEUTRAL } from './types.js';

describe('stage fit', () => {
  it('is 1 for a stage the investor takes, partial next to one, 0 otherwise', () => {
    expect(stageFit('prototype', ['prototype', 'early_revenue']).score).toBe(1);
    expect(stageFit('idea', ['prototype', 'early_revenue']).score).toBe(ADJACENT_STAGE_SCORE);
    expect(stageFit('idea', ['early_revenue', 'growth']).score).toBe(0);
    expect(stageFit('prototype', ['prototype']).detail.vi).toBe('Đầu tư giai đoạn sản phẩm mẫu');
  });

  it('is neutral when either side says nothing', () => {
    expect(stageFit(undefined, ['growth']).score).toBe(NEUTRAL);
    expect(stageFit('growth', []).score).toBe(NEUTRAL);
  });
});

describe('ticket fit', () => {
  const ticket = { min: 200_000_000, max: 1_000_000_000 };

  it('is 1 when the ticket range overlaps the funding ask', () => {
    const r = ticketFit({ min: 500_000_000, max: 2_000_000_000 }, ticket);
    expect(r.score).toBe(1);
    expect(r.detail.vi).toBe('Khoản đầu tư 200 triệu – 1 tỷ đồng khớp nhu cầu 500 triệu – 2 tỷ đồng');
    expect(r.detail.en).toBe('Ticket 200M–1B VND fits the ask of 500M–2B VND');
    expect(ticketFit({ min: 1_000_000_000, max: 3_000_000_000 }, ticket).score).toBe(1); // touching ends overlap
  });

  it('falls with the distance between the ranges, below any overlap', () => {
    const near = ticketFit({ min: 1_200_000_000, max: 1_500_000_000 }, ticket).score;
    const far = ticketFit({ min: 10_000_000_000, max: 20_000_000_000 }, ticket).score;
    const small = ticketFit({ min: 20_000_000, max: 100_000_000 }, ticket).score;
    expect(near).toBeCloseTo(0.5 * (1 / 1.2), 6);
    expect(far).toBeCloseTo(0.05, 6);
    expect(small).toBeCloseTo(0.25, 6);
    for (const s of [near, far, small]) expect(s).toBeLessThan(0.5);
  });

  it('is neutral without a ticket or an ask', () => {
    expect(ticketFit(undefined, ticket).score).toBe(NEUTRAL);
    expect(ticketFit({ min: 1, max: 2 }, undefined).score).toBe(NEUTRAL);
  });
});
