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

/**
 * `details.reason` of a refusal the client explains in words (a 403 or 409 whose code alone does
 * not say what happened); the other details carry what the sentence names (times, a limit).
 */
export const REFUSAL_REASONS = [
  'account_suspended',
  'intro_exists',
  'recently_declined',
  'too_many_pending',
  'not_started',
  'resource_booked',
  'expert_busy',
  'at_capacity',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

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
  'consultation.rescheduled',
  'consultation.cancelled',
  'consultation.feedback',
  'consultation.follow_up',
  'message.new',
  'event.cancelled',
  'event.changed',
  'event.registered_for_you',
  'event.registration_promoted',
  'meeting.requested',
  'meeting.accepted',
  'meeting.declined',
  'meeting.cancelled',
  'meeting.rescheduled',
  'call.judge_assigned',
  'call.entry_submitted_for_you',
  'call.results_published',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

// ── conversations ──
/** API.md: a message body has 1..4000 characters. */
export const MAX_MESSAGE_CHARS = 4000;

// ── consultations ──
export const CONSULTATION_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_MODES = ['online', 'onsite'] as const;
/** How a consultation list is read: latest start first (a record), or soonest first (an agenda). */
export const CONSULTATION_LIST_ORDERS = ['latest', 'soonest'] as const;

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

// ── events ──
export const EVENT_KINDS = ['startup_day', 'competition', 'workshop', 'training', 'forum', 'trade_fair', 'meetup'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['draft', 'published', 'completed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** Statuses anyone may list; drafts are for the organisers. */
export const PUBLIC_EVENT_STATUSES = ['published', 'completed', 'cancelled'] as const satisfies readonly EventStatus[];
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** Overlaps look this many days either side of an event. */
export const OVERLAP_WINDOW_DAYS = 30;
/** Meeting hours are cut into at most this many slots. */
export const MAX_MEETING_SLOTS = 200;
/** An event lasts at most this many days. */
export const MAX_EVENT_DAYS = 92;
/** Registration codes: 6 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L). */
export const REGISTRATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REGISTRATION_CODE_LENGTH = 6;

// ── calls for entries and judging ──
export const CALL_QUESTION_TYPES = ['text', 'number', 'choice'] as const;
export type CallQuestionType = (typeof CALL_QUESTION_TYPES)[number];
export const ENTRY_STATUSES = ['submitted', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
/** What a judge did with an entry: scored it, or stepped away from it. */
export const JUDGEMENT_STATUSES = ['scored', 'recused'] as const;
export type JudgementStatus = (typeof JUDGEMENT_STATUSES)[number];
/** Roles a judge may have (API.md: experts or staff). */
export const JUDGE_ROLES = ['expert', 'staff'] as const;
/** Which of a call's lists `GET /api/calls` shows. */
export const CALL_LIST_STATUSES = ['open', 'closed', 'published'] as const;
export type CallListStatus = (typeof CALL_LIST_STATUSES)[number];
/** Whose view of the entries `GET …/entries?as=` asks for, when the caller has several. */
export const ENTRY_VIEWS = ['organiser', 'judge', 'entrant'] as const;
export type EntryView = (typeof ENTRY_VIEWS)[number];
export const MAX_CALL_QUESTIONS = 30;
export const MAX_CALL_CRITERIA = 12;
export const MAX_CALL_JUDGES = 30;
/** Codes of questions and criteria: lowercase ASCII, digits and underscores, starting with a letter. */
export const CALL_CODE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

// ── reports and audit ──
export const EXPORT_TYPES = ['needs', 'intros', 'consultations', 'events'] as const;
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
  'event.created',
  'event.status_changed',
  'event.checked_in',
  'event.checkin_undone',
  'event.registered_for',
  'event.registration_cancelled',
  'event.replanned',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_TARGET_TYPES = ['intro', 'need', 'profile', 'province', 'conflict', 'user', 'event'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

// ── mail ──
export const EMAIL_FREQUENCIES = ['instant', 'daily', 'off'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

// ── files ──
export const FILE_PURPOSES = ['logo', 'photo', 'document', 'evidence'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
/** Largest upload accepted (413 beyond). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** What each purpose accepts, judged from the bytes (never the name or the declared type). */
export const ACCEPTED_TYPES: Readonly<Record<FilePurpose, readonly string[]>> = {
  logo: IMAGE_TYPES,
  photo: IMAGE_TYPES,
  document: [...IMAGE_TYPES, 'application/pdf'],
  evidence: [...IMAGE_TYPES, 'application/pdf'],
};
/** OCOP rating of a product (Chương trình Mỗi xã một sản phẩm). */
export const OCOP_STARS = [3, 4, 5] as const;

// ── opportunities ──
export const OPPORTUNITY_TYPES = ['offer', 'request'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
export const OPPORTUNITY_STATUSES = ['open', 'closed', 'expired'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
/** Days an opportunity stays open unless it names `expiresAt`, and the longest it may. */
export const OPPORTUNITY_DEFAULT_DAYS = 90;
export const OPPORTUNITY_MAX_DAYS = 365;
/** `GET /api/matches?kind=`: the kinds of candidates, or opportunities. */
export const MATCH_QUERY_KINDS = [...MATCH_KINDS, 'opportunity'] as const;

// ── scopes ──
/** What a report, a queue or public figures cover: a province, a region's provinces, or the country. */
export const SCOPE_LEVELS = ['province', 'region', 'national'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];
