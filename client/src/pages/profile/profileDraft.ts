// Form state for the own-profile editor: strings for inputs, converted to the contract's
// profile body (numbers, optional fields left out when empty) on save.
import type { TFunction } from 'i18next';
import {
  LANGUAGES,
  minutesOf,
  SECTORS,
  type Contact,
  type FeeCode,
  type InvestorTypeCode,
  type Language,
  type NeedCategoryCode,
  type OpeningPeriod,
  type Profile,
  type ProfileDraft,
  type ProfileKind,
  type ResourceKindCode,
  type SectorCode,
  type StageCode,
} from '@ketnoi/contract';
import { oneOf } from '../../lib/codes.js';
import { parseVnd } from '../../lib/money.js';
import { vietnamYear } from '../../lib/format.js';

export interface ProductDraft {
  name: string;
  description: string;
  photoFileIds: string[];
  ocopStars?: 3 | 4 | 5 | undefined;
}

/** A document of the profile; `fileName` only for one uploaded in this session (shown until saved). */
export interface DocumentDraft {
  fileId: string;
  title: string;
  fileName?: string;
}

export interface ResourceDraft {
  name: string;
  kind: ResourceKindCode | '';
  capacity: string;
  description: string;
  openingHours: OpeningPeriod[];
}

export interface ProfileFormState {
  kind: ProfileKind;
  name: string;
  headline: string;
  about: string;
  province: string;
  commune: string;
  sectors: SectorCode[];
  languages: Language[];
  contact: Required<Contact>;
  logoFileId: string | null;
  documents: DocumentDraft[];
  // startup
  stage: StageCode | '';
  products: ProductDraft[];
  teamSize: string;
  foundedYear: string;
  fundingMin: string;
  fundingMax: string;
  // expert
  expertise: NeedCategoryCode[];
  organization: string;
  yearsExperience: string;
  capacity: string;
  remote: boolean;
  fee: FeeCode;
  // investor
  investorType: InvestorTypeCode | '';
  ticketMin: string;
  ticketMax: string;
  stages: StageCode[];
  // provider
  offerings: NeedCategoryCode[];
  resources: ResourceDraft[];
  // expert, investor, provider
  servesProvinces: string[];
}

const str = (n: number | undefined) => (typeof n === 'number' ? String(n) : '');
/** The codes of `list` the contract knows (a stored profile holds only those). */
const known = <T extends string>(codes: readonly T[], list: readonly string[]): T[] =>
  list.map((code) => oneOf(codes, code)).filter((code): code is T => code !== undefined);

/** The form for `profile` (a profile carries only its own kind's fields), or a new one with sensible defaults. */
export function toFormState(kind: ProfileKind, profile: Profile | null, defaults: { name: string; province: string }): ProfileFormState {
  return {
    kind,
    name: profile?.name ?? defaults.name,
    headline: profile?.headline ?? '',
    about: profile?.about ?? '',
    province: profile?.province ?? defaults.province,
    commune: profile?.commune ?? '',
    sectors: known(SECTORS, profile?.sectors ?? []),
    languages: profile ? known(LANGUAGES, profile.languages) : ['vi'],
    contact: {
      email: profile?.contact?.email ?? '',
      phone: profile?.contact?.phone ?? '',
      zalo: profile?.contact?.zalo ?? '',
      website: profile?.contact?.website ?? '',
    },
    logoFileId: profile?.logoFileId ?? null,
    documents: (profile?.documents ?? []).map((d) => ({ fileId: d.fileId, title: d.title })),
    stage: profile?.stage ?? '',
    products: (profile?.products ?? []).map((p) => ({
      name: p.name,
      description: p.description,
      photoFileIds: p.photoFileIds ?? [],
      ocopStars: p.ocopStars,
    })),
    teamSize: str(profile?.teamSize),
    foundedYear: str(profile?.foundedYear),
    fundingMin: str(profile?.fundingAsk?.min),
    fundingMax: str(profile?.fundingAsk?.max),
    expertise: profile?.expertise ?? [],
    organization: profile?.organization ?? '',
    yearsExperience: str(profile?.yearsExperience),
    capacity: profile?.capacity === undefined ? '3' : String(profile.capacity),
    remote: profile?.remote ?? true,
    fee: profile?.fee ?? 'pro_bono',
    investorType: profile?.investorType ?? '',
    ticketMin: str(profile?.ticket?.min),
    ticketMax: str(profile?.ticket?.max),
    stages: profile?.stages ?? [],
    offerings: profile?.offerings ?? [],
    resources: (profile?.resources ?? []).map((r) => ({
      name: r.name,
      kind: r.kind as ResourceKindCode,
      capacity: str(r.capacity),
      description: r.description ?? '',
      openingHours: r.openingHours ?? [],
    })),
    servesProvinces: profile?.servesProvinces ?? [],
  };
}

const int = (value: string) => Number.parseInt(value, 10);
const isInt = (value: string, min = 0) => /^\d+$/.test(value.trim()) && int(value) >= min;
const isMoney = (value: string) => parseVnd(value) !== null;
const money = (value: string) => parseVnd(value)!;

export type DraftErrors = Partial<Record<string, string>>;

export function validateDraft(draft: ProfileFormState, t: TFunction): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors.name = t('validation.required');
  if (!draft.headline.trim()) errors.headline = t('validation.required');
  if (!draft.province) errors.province = t('validation.choose');
  if (draft.languages.length === 0) errors.languages = t('validation.chooseOne');
  draft.documents.forEach((d, i) => {
    if (!d.title.trim()) errors[`documents.${i}.title`] = t('validation.required');
  });
  if (draft.contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.contact.email)) {
    errors['contact.email'] = t('validation.email');
  }
  const checkRange = (field: string, min: string, max: string, required: boolean) => {
    if (!min && !max && !required) return;
    if (!isMoney(min)) errors[`${field}.min`] = t('validation.money');
    if (!isMoney(max)) errors[`${field}.max`] = t('validation.money');
    if (isMoney(min) && isMoney(max) && money(min) > money(max)) errors[`${field}.max`] = t('validation.maxBelowMin');
  };
  switch (draft.kind) {
    case 'startup':
      if (!draft.stage) errors.stage = t('validation.choose');
      if (!isInt(draft.teamSize, 1)) errors.teamSize = t('validation.wholeNumber', { min: 1 });
      // The server's floor; the ceiling is this year in Vietnam, not in the browser's time zone.
      if (draft.foundedYear && !(isInt(draft.foundedYear, 1950) && int(draft.foundedYear) <= vietnamYear())) {
        errors.foundedYear = t('validation.year');
      }
      draft.products.forEach((p, i) => {
        if (!p.name.trim()) errors[`products.${i}.name`] = t('validation.required');
      });
      checkRange('fundingAsk', draft.fundingMin, draft.fundingMax, false);
      break;
    case 'expert':
      if (draft.expertise.length === 0) errors.expertise = t('validation.chooseOne');
      if (!isInt(draft.capacity, 0)) errors.capacity = t('validation.wholeNumber', { min: 0 });
      if (draft.yearsExperience && !isInt(draft.yearsExperience, 0)) errors.yearsExperience = t('validation.wholeNumber', { min: 0 });
      break;
    case 'investor':
      if (!draft.investorType) errors.investorType = t('validation.choose');
      if (draft.stages.length === 0) errors.stages = t('validation.chooseOne');
      checkRange('ticket', draft.ticketMin, draft.ticketMax, true);
      break;
    case 'provider':
      if (draft.offerings.length === 0) errors.offerings = t('validation.chooseOne');
      draft.resources.forEach((r, i) => {
        if (!r.name.trim()) errors[`resources.${i}.name`] = t('validation.required');
        if (!r.kind) errors[`resources.${i}.kind`] = t('validation.choose');
        if (r.capacity && !isInt(r.capacity, 1)) errors[`resources.${i}.capacity`] = t('validation.wholeNumber', { min: 1 });
        r.openingHours.forEach((p, j) => {
          const at = `resources.${i}.openingHours.${j}`;
          const opens = minutesOf(p.opens);
          const closes = minutesOf(p.closes);
          if (p.days.length === 0) errors[`${at}.days`] = t('validation.chooseOne');
          if (opens === null) errors[`${at}.opens`] = t('openingHours.time');
          if (closes === null) errors[`${at}.closes`] = t('openingHours.time');
          else if (opens !== null && closes <= opens) errors[`${at}.closes`] = t('openingHours.closesAfterOpens');
        });
      });
      break;
  }
  return errors;
}

function cleanContact(contact: Required<Contact>): Contact {
  const out: Contact = {};
  for (const key of ['email', 'phone', 'zalo', 'website'] as const) {
    const value = contact[key].trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The PUT /api/profiles/me body. Call only after validateDraft returned no errors. */
export function toInput(draft: ProfileFormState): ProfileDraft {
  const common = {
    name: draft.name.trim(),
    headline: draft.headline.trim(),
    about: draft.about.trim(),
    province: draft.province,
    ...(draft.commune.trim() ? { commune: draft.commune.trim() } : {}),
    sectors: draft.sectors,
    languages: draft.languages,
    contact: cleanContact(draft.contact),
    // Files travel with every save: a PUT replaces the profile, so leaving them out would drop them.
    ...(draft.logoFileId ? { logoFileId: draft.logoFileId } : {}),
    documents: draft.documents.map((d) => ({ fileId: d.fileId, title: d.title.trim() })),
  };
  switch (draft.kind) {
    case 'startup':
      return {
        ...common,
        kind: 'startup',
        stage: draft.stage as StageCode,
        products: draft.products.map((p) => ({
          name: p.name.trim(),
          description: p.description.trim(),
          ...(p.photoFileIds.length ? { photoFileIds: p.photoFileIds } : {}),
          ...(p.ocopStars ? { ocopStars: p.ocopStars } : {}),
        })),
        teamSize: int(draft.teamSize),
        ...(draft.foundedYear ? { foundedYear: int(draft.foundedYear) } : {}),
        ...(draft.fundingMin && draft.fundingMax ? { fundingAsk: { min: money(draft.fundingMin), max: money(draft.fundingMax) } } : {}),
      };
    case 'expert':
      return {
        ...common,
        kind: 'expert',
        expertise: draft.expertise,
        ...(draft.organization.trim() ? { organization: draft.organization.trim() } : {}),
        ...(draft.yearsExperience ? { yearsExperience: int(draft.yearsExperience) } : {}),
        capacity: int(draft.capacity),
        remote: draft.remote,
        servesProvinces: draft.servesProvinces,
        fee: draft.fee,
      };
    case 'investor':
      return {
        ...common,
        kind: 'investor',
        investorType: draft.investorType as InvestorTypeCode,
        ticket: { min: money(draft.ticketMin), max: money(draft.ticketMax) },
        stages: draft.stages,
        servesProvinces: draft.servesProvinces,
      };
    case 'provider':
      return {
        ...common,
        kind: 'provider',
        offerings: draft.offerings,
        resources: draft.resources.map((r) => ({
          name: r.name.trim(),
          kind: r.kind as ResourceKindCode,
          ...(r.capacity ? { capacity: int(r.capacity) } : {}),
          ...(r.description.trim() ? { description: r.description.trim() } : {}),
          ...(r.openingHours.length ? { openingHours: r.openingHours } : {}),
        })),
        servesProvinces: draft.servesProvinces,
      };
  }
}
