// Profile → search document. The document is built field by field from an allow-list: contact
// data (`contact`, email, phone, Zalo, website) is never copied, and contact-looking strings that
// people type into free text are redacted, because search results are public (API.md "Search").
import { INVESTOR_TYPE_LABELS, NEED_CATEGORY_LABELS, STAGE_LABELS, labelText } from './labels.js';
import { toNfc } from './text.js';

export type ProfileKind = 'startup' | 'expert' | 'investor' | 'provider';

/** What the mapping reads from a profile (API.md "Profiles"); any other field is ignored. */
export interface SearchableProfile {
  id: string;
  kind: ProfileKind;
  name: string;
  headline?: string;
  about?: string;
  province: string;
  commune?: string;
  /** Socio-economic region code, when the caller already knows it. */
  region?: string;
  sectors?: readonly string[];
  languages?: readonly string[];
  verified?: boolean;
  /** Read only to redact its values from free text; never copied. */
  contact?: { email?: string; phone?: string; zalo?: string; website?: string } | null;
  // startup
  stage?: string;
  products?: readonly { name: string; description?: string }[];
  /** A startup's open needs (the caller passes only open ones). */
  openNeeds?: readonly { category?: string; title?: string; description?: string }[];
  // expert
  expertise?: readonly string[];
  organization?: string;
  remote?: boolean;
  servesProvinces?: readonly string[];
  // investor
  investorType?: string;
  stages?: readonly string[];
  // provider
  offerings?: readonly string[];
  resources?: readonly { name: string; kind?: string; description?: string }[];
}

export interface ProfileSearchDocument {
  id: string;
  kind: ProfileKind;
  name: string;
  headline: string;
  about: string;
  province: string;
  commune?: string;
  region?: string;
  sectors: string[];
  /** expertise (expert), offerings (provider), open-need categories (startup), ["funding"] (investor). */
  need: string[];
  verified: boolean;
  servesProvinces: string[];
  remote?: boolean;
  languages: string[];
  /** Products (startup), resources (provider), organisation (expert), type and stages (investor). */
  productsText: string;
  /** For startups, the titles and descriptions of their open needs (shown in highlights). */
  needsText: string;
  /**
   * Labels and keywords of `need` in Vietnamese and English, so "nhãn hiệu" or "trademark" find the
   * right people. Searchable, never highlighted (it is index vocabulary, not the profile's words).
   */
  needLabels: string;
  /** Commune and province words, so "Chi Lăng" or "lạng sơn" in a query find local profiles. */
  placeText: string;
  stage?: string;
  stages?: string[];
  investorType?: string;
}

/** Text fields a query is matched against, most important first. */
export const SEARCHABLE_FIELDS = ['name', 'headline', 'needsText', 'needLabels', 'productsText', 'about', 'placeText'] as const;
export type SearchableField = (typeof SEARCHABLE_FIELDS)[number];

/** Every key a search document may have (engines return exactly these, nothing else). */
export const SEARCH_DOCUMENT_KEYS = [
  'id',
  'kind',
  'name',
  'headline',
  'about',
  'province',
  'commune',
  'region',
  'sectors',
  'need',
  'verified',
  'servesProvinces',
  'remote',
  'languages',
  'productsText',
  'needsText',
  'needLabels',
  'placeText',
  'stage',
  'stages',
  'investorType',
] as const satisfies readonly (keyof ProfileSearchDocument)[];

/** Fields that may carry `<mark>` highlights in results. */
export const HIGHLIGHT_FIELDS = ['name', 'headline', 'needsText', 'productsText', 'about'] as const;

/**
 * Bounds on what a startup's open needs add to its document, whatever the caller passes: the
 * text of at most MAX_FOLDED_NEEDS needs, cut at MAX_NEEDS_TEXT characters (categories of all).
 */
export const MAX_FOLDED_NEEDS = 20;
export const MAX_NEEDS_TEXT = 4000;

export interface ToSearchDocumentOptions {
  /** Region code of a province code, when the profile does not carry one. */
  regionOf?: (provinceCode: string) => string | undefined;
  /**
   * Words for a resource kind code ("hall" → "Hội trường · Hall"). Codes themselves never go into
   * the text: a highlight would show them to people (issue 14 item 22).
   */
  resourceKindLabel?: (code: string) => string | undefined;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|vn|net|org|info|biz|io)(?:\.vn)?(?:\/\S*)?/giu;
// Vietnamese phone numbers: 0 or (+)84, then 8–11 digits grouped by spaces, dots or dashes; not a
// tail of a longer number such as "1 000 000 000 đồng".
const PHONE = /(?<!\d[\s.,-]?)(?:\+84|84|0)(?:[\s.-]?\d){8,11}(?!\d)/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export const REDACTED = '[…]';

/** NFC, no control characters (they are reserved as highlight sentinels), trimmed. */
function clean(text: string | undefined | null): string {
  if (!text) return '';
  return toNfc(text).replace(CONTROL_CHARS, ' ').trim();
}

/** Remove e-mail addresses, URLs, phone numbers and the profile's own contact values from text. */
export function redactContacts(text: string, knownValues: readonly string[] = []): string {
  let out = text;
  for (const value of knownValues) {
    if (value.length >= 3) out = out.split(value).join(REDACTED);
  }
  return out.replace(EMAIL, REDACTED).replace(URL_LIKE, REDACTED).replace(PHONE, REDACTED);
}

function contactValues(profile: SearchableProfile): string[] {
  const c = profile.contact;
  if (!c) return [];
  return [c.email, c.phone, c.zalo, c.website]
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    .map((v) => toNfc(v.trim()));
}

function codes(list: readonly string[] | undefined): string[] {
  return [...new Set((list ?? []).map((c) => clean(c)).filter((c) => c.length > 0))];
}

function needCodes(profile: SearchableProfile): string[] {
  switch (profile.kind) {
    case 'expert':
      return codes(profile.expertise);
    case 'provider':
      return codes(profile.offerings);
    case 'startup':
      return codes((profile.openNeeds ?? []).map((n) => n.category ?? ''));
    case 'investor':
      // An investor meets the funding need whatever its stages; stages stay in `stages`.
      return ['funding'];
  }
}

function productsText(profile: SearchableProfile, options: ToSearchDocumentOptions): string[] {
  switch (profile.kind) {
    case 'startup':
      return [
        ...(profile.products ?? []).flatMap((p) => [p.name, p.description ?? '']),
        profile.stage ? labelText(STAGE_LABELS, profile.stage) : '',
      ];
    case 'provider':
      return (profile.resources ?? []).flatMap((r) => [r.name, (r.kind && options.resourceKindLabel?.(r.kind)) || '', r.description ?? '']);
    case 'expert':
      return [profile.organization ?? ''];
    case 'investor':
      return [
        profile.investorType ? labelText(INVESTOR_TYPE_LABELS, profile.investorType) : '',
        ...(profile.stages ?? []).map((s) => labelText(STAGE_LABELS, s)),
      ];
  }
}

/** At most `max` characters, cut at a word boundary when there is one near the end. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd();
}

/** Build the search document of a profile. Pure; never reads `contact` except to redact. */
export function toSearchDocument(profile: SearchableProfile, options: ToSearchDocumentOptions = {}): ProfileSearchDocument {
  const known = contactValues(profile);
  const text = (value: string | undefined): string => redactContacts(clean(value), known);
  const joined = (parts: readonly string[]): string =>
    parts
      .map((p) => text(p))
      .filter((p) => p.length > 0)
      .join(' · ');

  const need = needCodes(profile);
  const openNeedText =
    profile.kind === 'startup'
      ? (profile.openNeeds ?? []).slice(0, MAX_FOLDED_NEEDS).flatMap((n) => [n.title ?? '', n.description ?? ''])
      : [];
  const province = clean(profile.province);
  const region = clean(profile.region) || options.regionOf?.(province);
  const commune = text(profile.commune);

  const doc: ProfileSearchDocument = {
    id: clean(profile.id),
    kind: profile.kind,
    name: text(profile.name),
    headline: text(profile.headline),
    about: text(profile.about),
    province,
    sectors: codes(profile.sectors),
    need,
    verified: profile.verified === true,
    servesProvinces: codes(profile.servesProvinces),
    languages: codes(profile.languages),
    productsText: joined(productsText(profile, options)),
    needsText: truncate(joined(openNeedText), MAX_NEEDS_TEXT),
    needLabels: need.map((c) => labelText(NEED_CATEGORY_LABELS, c)).join(' · '),
    placeText: [commune, province.replace(/-/g, ' ')].filter(Boolean).join(' · '),
  };
  if (commune) doc.commune = commune;
  if (region) doc.region = region;
  if (typeof profile.remote === 'boolean') doc.remote = profile.remote;
  if (profile.kind === 'startup' && profile.stage) doc.stage = clean(profile.stage);
  if (profile.kind === 'investor') {
    if (profile.investorType) doc.investorType = clean(profile.investorType);
    doc.stages = codes(profile.stages);
  }
  return doc;
}
