// The body of GET /api/reference (API.md "Reference data"), built from the tables here so the
// server never re-types them.
import { needCategories } from './needCategories.js';
import { provinces } from './provinces.js';
import { regions } from './regions.js';
import { sectors } from './sectors.js';
import { stages } from './stages.js';

export interface ReferenceLabel {
  code: string;
  vi: string;
  en: string;
}

export interface ReferencePayload {
  provinces: { code: string; name: string; nameEn: string; region: string; legacyNames: string[] }[];
  regions: ReferenceLabel[];
  needCategories: ReferenceLabel[];
  sectors: ReferenceLabel[];
  stages: ReferenceLabel[];
}

const label = ({ code, vi, en }: ReferenceLabel): ReferenceLabel => ({ code, vi, en });

/** A fresh, JSON-ready copy each call (callers may mutate or freeze it). */
export function referencePayload(): ReferencePayload {
  return {
    provinces: provinces.map((p) => ({
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      region: p.region,
      legacyNames: [...p.legacyNames],
    })),
    regions: regions.map(label),
    needCategories: needCategories.map(label),
    sectors: sectors.map(label),
    stages: stages.map(label),
  };
}
