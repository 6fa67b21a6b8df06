// Sectors relevant to provincial startups. Codes are ASCII snake_case and never change;
// labels may be reworded. The rows are data: data/sectors.json.
import table from './data/sectors.json';
import { codedLabels, codesOf } from './labels.js';

export const sectors = codedLabels('sectors.json', table);

export type Sector = (typeof sectors)[number];
export type SectorCode = Sector['code'];

export const sectorCodes: SectorCode[] = codesOf(sectors);

const sectorSet = new Set<string>(sectorCodes);

export function isSectorCode(code: string): code is SectorCode {
  return sectorSet.has(code);
}
