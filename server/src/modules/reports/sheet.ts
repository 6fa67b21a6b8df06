// A CSV sheet described column by column: each column names its header in both languages next to
// the cell it takes from a row, so a header can never drift away from its values.
import type { Cell } from './csv.js';
import { header, type Lang } from './labels.js';

export interface Sheet {
  header: string[];
  rows: Cell[][];
}

/** [Vietnamese header, English header, the row's cell]. */
export type Column<T> = readonly [vi: string, en: string, cell: (row: T) => Cell];

export function sheetOf<T>(rows: readonly T[], columns: readonly Column<T>[], lang: Lang): Sheet {
  return {
    header: columns.map(([vi, en]) => header(vi, en, lang)),
    rows: rows.map((row) => columns.map(([, , cell]) => cell(row))),
  };
}
