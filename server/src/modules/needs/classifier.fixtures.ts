// Labelled needs, written the way founders write them (full diacritics, none at all, English,
// short and long, some deliberately ambiguous: the label is the need a broker would file it
// under). Written before the classifier was built or tuned.
// `heldOutFixtures` were never inspected while tuning keywords or weights: only their
// aggregate accuracy is reported (classifier.test.ts, docs/REFERENCE.md "Need classifier").
// The labelled needs themselves are data: classifier.fixtures.json.
import type { NeedCategoryCode } from '@ketnoi/seeds';
import { isNeedCategoryCode } from '@ketnoi/seeds';
import fixtures from './classifier.fixtures.json';

export interface NeedFixture {
  title: string;
  description: string;
  category: NeedCategoryCode;
}

/** Each labelled need, refusing a label that is not a category code (a typo in the data fails loudly). */
function labelled(list: { title: string; description: string; category: string }[]): NeedFixture[] {
  return list.map((fixture) => {
    const { category } = fixture;
    if (!isNeedCategoryCode(category)) throw new Error(`classifier fixture "${fixture.title}" has an unknown category "${category}"`);
    return { ...fixture, category };
  });
}

export const tuningFixtures = labelled(fixtures.tuning);
export const heldOutFixtures = labelled(fixtures.heldOut);
