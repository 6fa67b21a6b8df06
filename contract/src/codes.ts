// Every code list of the contract (roles, statuses, criteria, error codes) as plain arrays, with
// no zod and no imports: the schemas in the domain files build their enums from these, and a
// client that only needs a list (a select's options, a label lookup) takes it without bundling zod
// and every schema. A new enum goes here, its schema in its domain file. The reference lists
// (categories, sectors, stages…) are in referenceCodes.ts.

// ── errors ──
export const ERROR_CODES = [
  'validation_failed',
  'invalid_token',
  'unauthenticated',
  'forbidden',
  'conflict_of_interest',
  'not_found',
  'conflict',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// ── accounts and profiles ──
/** A profile's kind is its owner's role; only these four roles have profiles. */
export const PROFILE_KINDS = ['startup', 'expert', 'investor', 'provider'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const ROLES = [...PROFILE_KINDS, 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles anyone may sign up for; staff and admin accounts are created by an admin. */
export const SELF_SERVICE_ROLES = PROFILE_KINDS;

/** Vietnamese or English: the two languages of the product. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// ── needs ──
export const NEED_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
/** Needs that still ask for help (shown to helpers, counted as open in search coverage). */
export const ACTIVE_NEED_STATUSES: readonly NeedStatus[] = ['open', 'in_progress'];

// ── intros ──
export const INTRO_STATUSES = ['pending_staff', 'pending', 'accepted', 'declined', 'withdrawn', 'expired', 'rejected'] as const;
export type IntroStatus = (typeof INTRO_STATUSES)[number];
export const OPEN_INTRO_STATUSES: readonly IntroStatus[] = ['pending_staff', 'pending'];
export const FINAL_INTRO_STATUSES: readonly IntroStatus[] = ['accepted', 'declined', 'withdrawn', 'expired', 'rejected'];
/** Which of the caller's intros a list holds: answers awaited from them, their own requests, or both. */
export const INTRO_BOXES = ['incoming', 'outgoing', 'all'] as const;
export type IntroBox = (typeof INTRO_BOXES)[number];
/** How the reader stands in an intro with someone: they asked (outgoing), were asked (incoming), or staff brokered it. */
export const CONNECTION_DIRECTIONS = ['incoming', 'outgoing', 'brokered'] as const;
export type ConnectionDirection = (typeof CONNECTION_DIRECTIONS)[number];

// ── notifications ──
/** The `type` of each in-app notification the server sends (modules/notifications/subscriber.ts). */
export const NOTIFICATION_TYPES = [
  'intro.requested',
  'intro.brokered',
  'intro.approval_needed',
  'intro.partially_accepted',
  'intro.pending',
  'intro.accepted',
  'intro.declined',
  'intro.withdrawn',
  'intro.expired',
  'intro.rejected',
  'consultation.scheduled',
  'consultation.completed',
  'consultation.cancelled',
  'consultation.feedback',
  'message.new',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

// ── conversations ──
/** API.md: a message body has 1..4000 characters. */
export const MAX_MESSAGE_CHARS = 4000;

// ── consultations ──
export const CONSULTATION_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_MODES = ['online', 'onsite'] as const;

// ── matching ──
/** The scored criteria of a match, in the order reasons are listed (docs/MATCHING.md). */
export const CRITERIA = [
  'coverage',
  'sector',
  'geography',
  'stage',
  'ticket',
  'capacity',
  'responsiveness',
  'feedback',
  'verified',
  'language',
  'exposure',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The largest weight a province may give one criterion. */
export const MAX_WEIGHT = 10;

export const MATCH_KINDS = ['expert', 'investor', 'provider', 'startup'] as const;

// ── staff tools ──
/** What a contact-log entry is about: a startup or any profile, a need, or an introduction. */
export const SUBJECT_TYPES = ['startup', 'profile', 'need', 'intro'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const CONTACT_CHANNELS = ['phone', 'zalo', 'meeting', 'email', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const SHARING_POLICIES = ['all', 'region', 'province'] as const;
export type SharingPolicy = (typeof SHARING_POLICIES)[number];
/** Kinds whose incoming intros a province may make wait for staff approval. */
export const APPROVAL_KINDS = ['expert', 'investor', 'provider'] as const;

// ── reports and audit ──
export const EXPORT_TYPES = ['needs', 'intros', 'consultations'] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

export const AUDIT_ACTIONS = [
  'intro.created',
  'intro.status_changed',
  'need.status_changed',
  'profile.verified',
  'verification.recorded',
  'policy.changed',
  'weights.changed',
  'conflict.declared',
  'conflict.removed',
  'account.created',
  'account.suspended',
  'account.unsuspended',
  'account.password_reset_sent',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_TARGET_TYPES = ['intro', 'need', 'profile', 'province', 'conflict', 'user'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

// ── mail ──
export const EMAIL_FREQUENCIES = ['instant', 'daily', 'off'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
