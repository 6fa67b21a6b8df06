// Sector overlap, judged from the startup's side: what share of the startup's sectors the helper
// (or investor thesis) knows. Any overlap already counts for most of the score, because one
// shared sector is what makes advice concrete; a helper's extra sectors never count against it.
import { joinLabels, sectorLabel } from './labels.js';
import type { CriterionResult } from './types.js';
import { result } from './types.js';

/** Score when the helper names no sector at all: a generalist, neither a match nor a miss. */
export const NO_SECTOR_SCORE = 0.3;

export function sectorOverlap(startupSectors: readonly string[], helperSectors: readonly string[]): CriterionResult {
  if (helperSectors.length === 0) return result(NO_SECTOR_SCORE, 'Không giới hạn lĩnh vực', 'No particular sector');
  if (startupSectors.length === 0) return result(NO_SECTOR_SCORE, 'Dự án chưa nêu lĩnh vực', 'The startup names no sector');
  const shared = startupSectors.filter((s) => helperSectors.includes(s));
  if (shared.length === 0) return result(0, 'Khác lĩnh vực', 'Different sectors');
  const labels = joinLabels(shared.map(sectorLabel));
  return result(0.6 + (0.4 * shared.length) / startupSectors.length, `Cùng lĩnh vực: ${labels.vi}`, `Same sector: ${labels.en}`);
}
