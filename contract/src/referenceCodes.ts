// The codes of the reference lists, without zod, for clients that offer the choices (labels come
// from GET /api/reference or the client's translations). They are the seeds' tables, never re-typed.
export { needCategoryCodes as NEED_CATEGORIES } from '@ketnoi/seeds/reference/needCategories';
export { sectorCodes as SECTORS } from '@ketnoi/seeds/reference/sectors';
export {
  feeCodes as FEES,
  investorTypeCodes as INVESTOR_TYPES,
  outcomeTagCodes as OUTCOME_TAGS,
  resourceKindCodes as RESOURCE_KINDS,
  stageCodes as STAGES,
  urgencyCodes as URGENCIES,
} from '@ketnoi/seeds/reference/stages';
