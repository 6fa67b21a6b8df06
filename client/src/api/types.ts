// Types mirroring /work/shared/API.md (v1). Field names are the contract's; do not rename.
// Where the contract leaves a response shape open, the assumption is noted next to the type.

export type Role = 'startup' | 'expert' | 'investor' | 'provider' | 'staff' | 'admin';
export const SELF_SERVICE_ROLES = ['startup', 'expert', 'investor', 'provider'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];
export type ProfileKind = SelfServiceRole;
export const PROFILE_KINDS: readonly ProfileKind[] = SELF_SERVICE_ROLES;
export const ALL_ROLES: readonly Role[] = [...SELF_SERVICE_ROLES, 'staff', 'admin'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ListParams {
  limit?: number;
  cursor?: string;
}

// ---- Auth ----
export interface User {
  id: string;
  email: string;
  role: Role;
  name: string;
  province: string;
  createdAt: string;
}

export interface RegisterInput {
  email: string;
  password: string;
  role: Role;
  name: string;
  province: string;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface Me {
  user: User;
  profile: Profile | null;
}

// ---- Reference ----
export interface Province {
  code: string;
  name: string;
  region: string;
  legacyNames: string[];
}

export interface CodeLabel {
  code: string;
  vi: string;
  en: string;
}

export const NEED_CATEGORIES = [
  'trademark',
  'standards',
  'distribution',
  'workspace',
  'funding',
  'mentoring',
  'technology',
  'legal',
  'marketing',
  'training',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const STAGES = ['idea', 'prototype', 'early_revenue', 'growth'] as const;
export type Stage = (typeof STAGES)[number];

export interface Reference {
  provinces: Province[];
  needCategories: CodeLabel[];
  sectors: CodeLabel[];
  // API.md writes `stages:[...]` without a shape: accept plain codes or labelled codes.
  stages: Array<string | CodeLabel>;
}

// ---- Profiles ----
export type Language = 'vi' | 'en';

export interface Contact {
  email?: string;
  phone?: string;
  zalo?: string;
  website?: string;
}

export interface ProfileCommon {
  id: string;
  kind: ProfileKind;
  name: string;
  headline: string;
  about: string;
  province: string;
  commune?: string;
  sectors: string[];
  languages: Language[];
  contact?: Contact;
  verified: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Product {
  name: string;
  description: string;
}

export interface Range {
  min: number;
  max: number;
}

export interface StartupProfile extends ProfileCommon {
  kind: 'startup';
  stage: Stage;
  products: Product[];
  teamSize: number;
  foundedYear?: number;
  fundingAsk?: Range;
}

export type Fee = 'pro_bono' | 'paid' | 'negotiable';
export const FEES: readonly Fee[] = ['pro_bono', 'paid', 'negotiable'];

export interface ExpertProfile extends ProfileCommon {
  kind: 'expert';
  expertise: NeedCategory[];
  organization?: string;
  yearsExperience?: number;
  capacity: number;
  remote: boolean;
  servesProvinces: string[];
  fee: Fee;
}

export type InvestorType = 'angel' | 'vc' | 'fund' | 'corporate' | 'public';
export const INVESTOR_TYPES: readonly InvestorType[] = ['angel', 'vc', 'fund', 'corporate', 'public'];

export interface InvestorProfile extends ProfileCommon {
  kind: 'investor';
  investorType: InvestorType;
  ticket: Range;
  stages: Stage[];
  servesProvinces: string[];
}

export interface Resource {
  name: string;
  kind: string;
  capacity?: number;
  description?: string;
}

export interface ProviderProfile extends ProfileCommon {
  kind: 'provider';
  offerings: NeedCategory[];
  resources: Resource[];
  servesProvinces: string[];
}

export type Profile = StartupProfile | ExpertProfile | InvestorProfile | ProviderProfile;

type ServerManaged = 'id' | 'verified' | 'createdAt' | 'updatedAt';
/** Body of PUT /api/profiles/me: the profile without server-managed fields. */
export type ProfileInput =
  | Omit<StartupProfile, ServerManaged>
  | Omit<ExpertProfile, ServerManaged>
  | Omit<InvestorProfile, ServerManaged>
  | Omit<ProviderProfile, ServerManaged>;

export interface DirectoryParams extends ListParams {
  kind?: ProfileKind;
  province?: string;
  sector?: string;
  need?: string;
  verified?: boolean;
}

// ---- Needs ----
export type Urgency = 'low' | 'normal' | 'high';
export const URGENCIES: readonly Urgency[] = ['low', 'normal', 'high'];
export type NeedStatus = 'open' | 'in_progress' | 'resolved' | 'closed';
export const NEED_STATUSES: readonly NeedStatus[] = ['open', 'in_progress', 'resolved', 'closed'];

export interface HistoryEntry {
  at: string;
  by: string;
  from: string | null;
  to: string;
}

export interface SuggestedCategory {
  code: NeedCategory;
  confidence: number;
}

export interface Need {
  id: string;
  startupId: string;
  category: NeedCategory;
  title: string;
  description: string;
  urgency: Urgency;
  status: NeedStatus;
  province: string;
  history: HistoryEntry[];
  createdAt: string;
  /** Present on the POST answer when the server classified the text. */
  suggestedCategories?: SuggestedCategory[];
}

export interface NeedInput {
  startupId?: string;
  category?: NeedCategory;
  title: string;
  description: string;
  urgency?: Urgency;
}

export interface NeedPatch {
  status?: NeedStatus;
  title?: string;
  description?: string;
  category?: NeedCategory;
}

export interface NeedListParams extends ListParams {
  province?: string;
  category?: string;
  status?: NeedStatus;
  startupId?: string;
}

// ---- Search ----
export interface SearchParams extends ListParams {
  q?: string;
  kind?: ProfileKind;
  province?: string;
  sector?: string;
  need?: string;
}

export interface SearchItem {
  id: string;
  kind: ProfileKind;
  name: string;
  headline: string;
  province: string;
  sectors: string[];
  expertise?: string[];
  offerings?: string[];
  needs?: string[];
  highlight: Record<string, string>;
}

export type FacetCounts = Record<string, number>;

export interface SearchResult {
  items: SearchItem[];
  facets: { kind: FacetCounts; province: FacetCounts; sector: FacetCounts; need: FacetCounts };
  total: number;
  nextCursor: string | null;
}

// ---- Matches ----
export type MatchKind = 'expert' | 'investor' | 'provider' | 'startup';

export interface MatchReason {
  criterion: string;
  weight: number;
  score: number;
  detail: string;
}

export interface Match {
  profile: { id: string; kind: ProfileKind; name: string; headline: string; province: string };
  score: number;
  reasons: MatchReason[];
}

export interface MatchParams {
  for: string;
  needId?: string;
  kind?: MatchKind;
  limit?: number;
}

export interface PlanInput {
  needIds: string[];
  kind: 'expert' | 'provider';
  capacityPerCandidate?: number;
}

export interface Plan {
  assignments: Array<{ needId: string; profileId: string; score: number }>;
  unassigned: string[];
  totalScore: number;
}

// ---- Intros ----
export type IntroStatus = 'pending_staff' | 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'rejected';
export const INTRO_STATUSES: readonly IntroStatus[] = [
  'pending_staff',
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'rejected',
];

export interface Intro {
  id: string;
  fromProfileId: string;
  toProfileId: string;
  needId?: string;
  message: string;
  brokeredBy?: string;
  status: IntroStatus;
  acceptedBy: string[];
  conversationId?: string;
  history: HistoryEntry[];
  expiresAt: string;
  createdAt: string;
}

export type IntroBox = 'incoming' | 'outgoing' | 'all';

export interface IntroInput {
  toProfileId: string;
  needId?: string;
  message: string;
}

export interface BrokeredIntroInput extends IntroInput {
  fromProfileId: string;
}

// ---- Consultations ----
export type ConsultationStatus = 'scheduled' | 'completed' | 'cancelled';
export type ConsultationMode = 'online' | 'onsite';

export const OUTCOME_TAGS = [
  'trademark_filed',
  'trademark_granted',
  'standard_certified',
  'label_compliant',
  'distribution_contract',
  'workspace_granted',
  'investment_committed',
  'training_done',
  'other',
] as const;
export type OutcomeTag = (typeof OUTCOME_TAGS)[number];

export interface Outcome {
  tags: string[];
  note?: string;
  evidence?: string;
}

/**
 * API.md gives the inputs but not the stored shape; assumed: the input fields plus
 * id, status, outcome, feedback and createdAt. Party ids are optional (read through the intro).
 */
export interface Consultation {
  id: string;
  introId: string;
  startsAt: string;
  durationMinutes?: number;
  endsAt?: string;
  mode: ConsultationMode;
  location?: string;
  resource?: string;
  status: ConsultationStatus;
  outcome?: Outcome;
  feedback?: { rating: number; comment?: string };
  cancelReason?: string;
  createdAt: string;
}

export interface SessionInput {
  introId: string;
  startsAt: string;
  durationMinutes: number;
  mode: ConsultationMode;
  location?: string;
}

export interface BookingInput {
  introId: string;
  startsAt: string;
  endsAt: string;
  resource: string;
  mode: 'onsite';
}

export type ConsultationInput = SessionInput | BookingInput;

// ---- Conversations ----
export interface Message {
  id: string;
  conversationId: string;
  senderId: string;
  body: string;
  clientId: string;
  createdAt: string;
}

export interface Conversation {
  id: string;
  participants: string[];
  lastMessage?: Message;
  unread: number;
}

// ---- Notifications ----
export interface AppNotification {
  id: string;
  type: string;
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

// ---- Staff and reports ----
export interface ReportsSummary {
  needs: { byCategory: Record<string, { open: number; resolved: number }> };
  intros: { byStatus: Record<string, number> };
  funnel: { requested: number; accepted: number; consulted: number; resolved: number };
  medianFirstResponseHours: number | null;
  consultations: { completed: number; averageRating: number | null };
  outcomes: Record<string, number>;
}

export interface ReportParams {
  province?: string;
  from?: string;
  to?: string;
}

export type ExportType = 'needs' | 'intros' | 'consultations';

export interface Health {
  status: 'ok' | 'degraded';
  store: { engine: string; ok: boolean };
  search: { engine: string; ok: boolean; lag: number };
}
