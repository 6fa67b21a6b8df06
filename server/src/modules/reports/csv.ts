// CSV that Excel and LibreOffice open correctly with Vietnamese text: UTF-8 with a byte-order
// mark, CRLF line endings, RFC 4180 quoting (fields with a comma, quote, CR or LF are quoted and
// quotes doubled). Cells that a spreadsheet would run as a formula (= + - @ at the start, or a
// leading tab/CR) get a leading apostrophe, so text typed by users can never execute.
export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value.normalize('NFC') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** The whole document: BOM, header row, then one line per row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const parts = [BOM, csvLine(header)];
  for (const row of rows) parts.push(csvLine(row));
  return parts.join('');
}
