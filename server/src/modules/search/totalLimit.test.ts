// The contract tells the client where a search stops counting ("1000+ kết quả"); the search engines
// decide it. One number, checked here where both packages meet.
import { describe, expect, it } from 'vitest';
import { SEARCH_TOTAL_LIMIT } from '@ketnoi/contract';
import { MAX_TOTAL_HITS } from '@ketnoi/search';

describe('where a search stops counting', () => {
  it('is the same number in the contract and in the engines', () => {
    expect(SEARCH_TOTAL_LIMIT).toBe(MAX_TOTAL_HITS);
  });
});
