// Every reference list is a list of coded labels: a stable ASCII code plus the Vietnamese
// label shown first and its English equivalent.

export interface CodedLabel<C extends string = string> {
  readonly code: C;
  readonly vi: string;
  readonly en: string;
}

/** The codes of a labelled list, in list order (handy for schema enums). */
export function codesOf<C extends string>(list: readonly CodedLabel<C>[]): C[] {
  return list.map((item) => item.code);
}

/** A label table as the data files (reference/data/*.json) write it: `{ "<code>": { "vi": …, "en": … } }`. */
export type LabelTable = Readonly<Record<string, { readonly vi: string; readonly en: string }>>;

const CODE = /^[a-z][a-z0-9_]*$/;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The rows of a label table in file order, checked as they load: every code is ASCII snake_case
 * (never integer-like, so the file's order is the list's) and every row holds both labels and
 * nothing else. The table's keys give the codes their literal types.
 */
export function codedLabels<T extends LabelTable>(where: string, table: T): CodedLabel<Extract<keyof T, string>>[] {
  return Object.entries(table).map(([code, row]) => {
    if (!CODE.test(code)) throw new Error(`${where}: code "${code}" is not ASCII snake_case`);
    const { vi, en, ...rest } = row as Record<string, unknown>;
    if (!isText(vi) || !isText(en)) throw new Error(`${where}: "${code}" needs a Vietnamese and an English label`);
    const extra = Object.keys(rest);
    if (extra.length > 0) throw new Error(`${where}: "${code}" has unknown fields ${extra.join(', ')}`);
    return { code: code as Extract<keyof T, string>, vi, en };
  });
}
