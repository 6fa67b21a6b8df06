// Small enumerations of the API (stages, investor types, fees, outcome tags, resource kinds,
// urgency, languages), each with Vietnamese and English labels. The rows are data:
// data/enumerations.json, one table per list.
import tables from './data/enumerations.json';
import { codedLabels, codesOf, type CodedLabel } from './labels.js';

export const stages = codedLabels('enumerations.json#stages', tables.stages);
export type StageCode = (typeof stages)[number]['code'];
export const stageCodes: StageCode[] = codesOf(stages);

export const investorTypes = codedLabels('enumerations.json#investorTypes', tables.investorTypes);
export type InvestorTypeCode = (typeof investorTypes)[number]['code'];
export const investorTypeCodes: InvestorTypeCode[] = codesOf(investorTypes);

export const fees = codedLabels('enumerations.json#fees', tables.fees);
export type FeeCode = (typeof fees)[number]['code'];
export const feeCodes: FeeCode[] = codesOf(fees);

// API.md lists the first nine; the last two count what departments already report
// ("20+ products put on a digital platform") and company formation.
export const outcomeTags = codedLabels('enumerations.json#outcomeTags', tables.outcomeTags);
export type OutcomeTagCode = (typeof outcomeTags)[number]['code'];
export const outcomeTagCodes: OutcomeTagCode[] = codesOf(outcomeTags);

/** The follow-up mail's answer besides the outcome tags (not an outcome: reports do not count it). */
export const followUpWaiting = { code: 'still_waiting', vi: 'Vẫn đang chờ kết quả', en: 'Still waiting' } as const satisfies CodedLabel;

export const resourceKinds = codedLabels('enumerations.json#resourceKinds', tables.resourceKinds);
export type ResourceKindCode = (typeof resourceKinds)[number]['code'];
export const resourceKindCodes: ResourceKindCode[] = codesOf(resourceKinds);

export const urgencies = codedLabels('enumerations.json#urgencies', tables.urgencies);
export type UrgencyCode = (typeof urgencies)[number]['code'];
export const urgencyCodes: UrgencyCode[] = codesOf(urgencies);

export const languages = codedLabels('enumerations.json#languages', tables.languages);
export type LanguageCode = (typeof languages)[number]['code'];
export const languageCodes: LanguageCode[] = codesOf(languages);
