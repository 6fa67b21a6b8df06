// Reference codes as zod schemas, shared by every module that takes a province, sector, stage
// or need category. Province inputs accept legacy (pre-2025) names and slugs and map them to
// the current unit, so `quang-nam` is stored as `da-nang`.
import {
  feeCodes,
  investorTypeCodes,
  languageCodes,
  needCategoryCodes,
  outcomeTagCodes,
  provinceCodes,
  resolveProvince,
  resourceKindCodes,
  sectorCodes,
  stageCodes,
  urgencyCodes,
  regionCodes,
} from '@ketnoi/seeds/reference/index';
import { z } from 'zod';

const enumOf = <T extends string>(codes: readonly T[]) => z.enum(codes as [T, ...T[]]);

export const ProvinceCode = enumOf(provinceCodes).meta({ id: 'ProvinceCode', description: 'Current (34-unit) province code' });

export const ProvinceInput = z
  .string()
  .trim()
  .min(1, 'Choose a province.')
  .max(120)
  .transform((value, ctx) => {
    const code = resolveProvince(value);
    if (!code) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown province "${value}". Use a code such as lang-son or a name; pre-2025 names are accepted.`,
      });
      return z.NEVER;
    }
    return code;
  })
  .meta({
    description: 'Province code, current name, or a legacy (pre-2025) name or slug; stored as the current unit code.',
    example: 'lang-son',
  });

export const NeedCategoryCode = enumOf(needCategoryCodes).meta({ id: 'NeedCategoryCode' });
export const SectorCode = enumOf(sectorCodes).meta({ id: 'SectorCode' });
export const StageCode = enumOf(stageCodes).meta({ id: 'StageCode' });
export const InvestorTypeCode = enumOf(investorTypeCodes).meta({ id: 'InvestorType' });
export const FeeCode = enumOf(feeCodes).meta({ id: 'Fee' });
export const LanguageCode = enumOf(languageCodes).meta({ id: 'LanguageCode' });
export const OutcomeTagCode = enumOf(outcomeTagCodes).meta({ id: 'OutcomeTag' });
export const ResourceKindCode = enumOf(resourceKindCodes).meta({ id: 'ResourceKind' });
export const UrgencyCode = enumOf(urgencyCodes).meta({ id: 'Urgency' });
export const RegionCode = enumOf(regionCodes).meta({ id: 'RegionCode' });

const Labelled = z.strictObject({ code: z.string(), vi: z.string(), en: z.string() }).meta({ id: 'CodeLabel' });

export const ReferenceOutput = z
  .strictObject({
    provinces: z.array(
      z.strictObject({ code: z.string(), name: z.string(), nameEn: z.string(), region: z.string(), legacyNames: z.array(z.string()) }),
    ),
    regions: z.array(Labelled),
    needCategories: z.array(Labelled),
    sectors: z.array(Labelled),
    stages: z.array(Labelled),
  })
  .meta({ id: 'Reference' });

export type Reference = z.output<typeof ReferenceOutput>;
export type CodeLabel = Reference['needCategories'][number];
export type Province = Reference['provinces'][number];
export type ProvinceCode = z.output<typeof ProvinceCode>;
export type RegionCode = z.output<typeof RegionCode>;
export type NeedCategoryCode = z.output<typeof NeedCategoryCode>;
export type SectorCode = z.output<typeof SectorCode>;
export type StageCode = z.output<typeof StageCode>;
export type InvestorTypeCode = z.output<typeof InvestorTypeCode>;
export type FeeCode = z.output<typeof FeeCode>;
export type LanguageCode = z.output<typeof LanguageCode>;
export type OutcomeTagCode = z.output<typeof OutcomeTagCode>;
export type ResourceKindCode = z.output<typeof ResourceKindCode>;
export type UrgencyCode = z.output<typeof UrgencyCode>;
