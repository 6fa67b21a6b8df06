// Form state for the own-profile editor: strings for inputs, converted to the contract's
// ProfileInput (numbers, optional fields left out when empty) on save.
import type { TFunction } from 'i18next';
import type { Contact, Fee, InvestorType, Language, NeedCategory, Profile, ProfileInput, ProfileKind, Stage } from '../../api/types.js';

export interface ResourceDraft {
  name: string;
  kind: string;
  capacity: string;
  description: string;
}

export interface ProfileDraft {
  kind: ProfileKind;
  name: string;
  headline: string;
  about: string;
  province: string;
  commune: string;
  sectors: string[];
  languages: Language[];
  contact: Required<Contact>;
  // startup
  stage: Stage | '';
  products: Array<{ name: string; description: string }>;
  teamSize: string;
  foundedYear: string;
  fundingMin: string;
  fundingMax: string;
  // expert
  expertise: NeedCategory[];
  organization: string;
  yearsExperience: string;
  capacity: string;
  remote: boolean;
  fee: Fee;
  // investor
  investorType: InvestorType | '';
  ticketMin: string;
  ticketMax: string;
  stages: Stage[];
  // provider
  offerings: NeedCategory[];
  resources: ResourceDraft[];
  // expert, investor, provider
  servesProvinces: string[];
}

const str = (n: number | undefined) => (typeof n === 'number' ? String(n) : '');

export function toDraft(kind: ProfileKind, profile: Profile | null, defaults: { name: string; province: string }): ProfileDraft {
  const draft: ProfileDraft = {
    kind,
    name: profile?.name ?? defaults.name,
    headline: profile?.headline ?? '',
    about: profile?.about ?? '',
    province: profile?.province ?? defaults.province,
    commune: profile?.commune ?? '',
    sectors: profile?.sectors ?? [],
    languages: profile?.languages ?? ['vi'],
    contact: {
      email: profile?.contact?.email ?? '',
      phone: profile?.contact?.phone ?? '',
      zalo: profile?.contact?.zalo ?? '',
      website: profile?.contact?.website ?? '',
    },
    stage: '',
    products: [],
    teamSize: '',
    foundedYear: '',
    fundingMin: '',
    fundingMax: '',
    expertise: [],
    organization: '',
    yearsExperience: '',
    capacity: '3',
    remote: true,
    fee: 'pro_bono',
    investorType: '',
    ticketMin: '',
    ticketMax: '',
    stages: [],
    offerings: [],
    resources: [],
    servesProvinces: [],
  };
  if (!profile) return draft;
  switch (profile.kind) {
    case 'startup':
      return {
        ...draft,
        stage: profile.stage,
        products: profile.products,
        teamSize: str(profile.teamSize),
        foundedYear: str(profile.foundedYear),
        fundingMin: str(profile.fundingAsk?.min),
        fundingMax: str(profile.fundingAsk?.max),
      };
    case 'expert':
      return {
        ...draft,
        expertise: profile.expertise,
        organization: profile.organization ?? '',
        yearsExperience: str(profile.yearsExperience),
        capacity: str(profile.capacity),
        remote: profile.remote,
        fee: profile.fee,
        servesProvinces: profile.servesProvinces,
      };
    case 'investor':
      return {
        ...draft,
        investorType: profile.investorType,
        ticketMin: str(profile.ticket.min),
        ticketMax: str(profile.ticket.max),
        stages: profile.stages,
        servesProvinces: profile.servesProvinces,
      };
    case 'provider':
      return {
        ...draft,
        offerings: profile.offerings,
        resources: profile.resources.map((r) => ({
          name: r.name,
          kind: r.kind,
          capacity: str(r.capacity),
          description: r.description ?? '',
        })),
        servesProvinces: profile.servesProvinces,
      };
  }
}

const int = (value: string) => Number.parseInt(value, 10);
const isInt = (value: string, min = 0) => /^\d+$/.test(value.trim()) && int(value) >= min;
const isMoney = (value: string) => /^\d+$/.test(value.trim());

export type DraftErrors = Partial<Record<string, string>>;

export function validateDraft(draft: ProfileDraft, t: TFunction): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors.name = t('validation.required');
  if (!draft.headline.trim()) errors.headline = t('validation.required');
  if (!draft.province) errors.province = t('validation.choose');
  if (draft.languages.length === 0) errors.languages = t('validation.chooseOne');
  if (draft.contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.contact.email)) {
    errors['contact.email'] = t('validation.email');
  }
  const checkRange = (minField: string, maxField: string, min: string, max: string, required: boolean) => {
    if (!min && !max && !required) return;
    if (!isMoney(min)) errors[minField] = t('validation.money');
    if (!isMoney(max)) errors[maxField] = t('validation.money');
    if (isMoney(min) && isMoney(max) && Number(min) > Number(max)) errors[maxField] = t('validation.maxBelowMin');
  };
  switch (draft.kind) {
    case 'startup':
      if (!draft.stage) errors.stage = t('validation.choose');
      if (!isInt(draft.teamSize, 1)) errors.teamSize = t('validation.wholeNumber', { min: 1 });
      if (draft.foundedYear && !(isInt(draft.foundedYear, 1900) && int(draft.foundedYear) <= new Date().getFullYear())) {
        errors.foundedYear = t('validation.year');
      }
      draft.products.forEach((p, i) => {
        if (!p.name.trim()) errors[`products.${i}.name`] = t('validation.required');
      });
      checkRange('fundingAsk.min', 'fundingAsk.max', draft.fundingMin, draft.fundingMax, false);
      break;
    case 'expert':
      if (draft.expertise.length === 0) errors.expertise = t('validation.chooseOne');
      if (!isInt(draft.capacity, 0)) errors.capacity = t('validation.wholeNumber', { min: 0 });
      if (draft.yearsExperience && !isInt(draft.yearsExperience, 0)) errors.yearsExperience = t('validation.wholeNumber', { min: 0 });
      break;
    case 'investor':
      if (!draft.investorType) errors.investorType = t('validation.choose');
      if (draft.stages.length === 0) errors.stages = t('validation.chooseOne');
      checkRange('ticket.min', 'ticket.max', draft.ticketMin, draft.ticketMax, true);
      break;
    case 'provider':
      if (draft.offerings.length === 0) errors.offerings = t('validation.chooseOne');
      draft.resources.forEach((r, i) => {
        if (!r.name.trim()) errors[`resources.${i}.name`] = t('validation.required');
        if (!r.kind.trim()) errors[`resources.${i}.kind`] = t('validation.required');
        if (r.capacity && !isInt(r.capacity, 0)) errors[`resources.${i}.capacity`] = t('validation.wholeNumber', { min: 0 });
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
export function toInput(draft: ProfileDraft): ProfileInput {
  const common = {
    name: draft.name.trim(),
    headline: draft.headline.trim(),
    about: draft.about.trim(),
    province: draft.province,
    ...(draft.commune.trim() ? { commune: draft.commune.trim() } : {}),
    sectors: draft.sectors,
    languages: draft.languages,
    contact: cleanContact(draft.contact),
  };
  switch (draft.kind) {
    case 'startup':
      return {
        ...common,
        kind: 'startup',
        stage: draft.stage as Stage,
        products: draft.products.map((p) => ({ name: p.name.trim(), description: p.description.trim() })),
        teamSize: int(draft.teamSize),
        ...(draft.foundedYear ? { foundedYear: int(draft.foundedYear) } : {}),
        ...(draft.fundingMin && draft.fundingMax ? { fundingAsk: { min: Number(draft.fundingMin), max: Number(draft.fundingMax) } } : {}),
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
        investorType: draft.investorType as InvestorType,
        ticket: { min: Number(draft.ticketMin), max: Number(draft.ticketMax) },
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
          kind: r.kind.trim(),
          ...(r.capacity ? { capacity: int(r.capacity) } : {}),
          ...(r.description.trim() ? { description: r.description.trim() } : {}),
        })),
        servesProvinces: draft.servesProvinces,
      };
  }
}
