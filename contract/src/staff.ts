// Request and response schemas of the staff tools (the same zod schemas validate requests and
// generate the OpenAPI document).
import { z } from 'zod';
import { APPROVAL_KINDS, CONTACT_CHANNELS, SHARING_POLICIES, SUBJECT_TYPES } from './codes.js';
import { IntroOutput } from './intros.js';
import { NeedOutput } from './needs.js';
import {
  Id,
  IsoTime,
  Limit,
  PageOf,
  Paged,
  RequiredText,
  ScopeOutput,
  Text,
  VerifiedProfileSummary as ProfileSummaryOutput,
} from './primitives.js';
import { ProvinceCode, ProvinceInput } from './reference.js';

// ── queue ──
export const QueueQuery = z.strictObject({
  province: ProvinceInput.optional().meta({ description: 'Admins: one province (default: all). Staff: only their own.' }),
  days: z.coerce.number().int().min(1).max(365).optional().meta({ description: "Override of the province's staleNeedDays" }),
  limit: Limit(50).meta({ description: 'Items per list (default 50, max 100); counts cover all' }),
});

const Actions = z.array(z.string()).meta({ description: 'What staff can do with the item' });
export const QueueOutput = z
  .strictObject({
    scope: ScopeOutput.omit({ provinces: true }),
    generatedAt: z.string(),
    staleNeedDays: z.number().nullable(),
    unansweredAfterDays: z.number(),
    counts: z.strictObject({ pendingStaff: z.number(), staleNeeds: z.number(), stalledIntros: z.number(), unansweredExperts: z.number() }),
    pendingStaff: z.array(IntroOutput.extend({ overdue: z.boolean(), actions: Actions })),
    staleNeeds: z.array(
      NeedOutput.extend({
        startup: ProfileSummaryOutput.nullable(),
        openSince: z.string(),
        lastIntroAt: z.string().nullable(),
        waitingDays: z.number(),
        actions: Actions,
      }),
    ),
    stalledIntros: z.array(IntroOutput.extend({ stalled: z.enum(['expired', 'past_expiry']), actions: Actions })),
    unansweredExperts: z.array(
      z.strictObject({
        profile: ProfileSummaryOutput,
        pending: z.number(),
        oldestAt: z.string(),
        introIds: z.array(z.string()),
        actions: Actions,
      }),
    ),
  })
  .meta({ id: 'StaffQueue' });

// ── contact log ──
export const ContactBody = z
  .strictObject({
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: Id,
    channel: z.enum(CONTACT_CHANNELS),
    note: RequiredText(2000, 'Write what was said or agreed.'),
    at: IsoTime.optional().meta({ description: 'When the contact happened (default: now)' }),
  })
  .meta({ id: 'ContactLogRequest' });

export const ContactListQuery = z.strictObject({
  subjectId: Id.optional().meta({ description: 'Entries about this startup, profile, need or intro' }),
  profileId: Id.optional().meta({ description: 'Entries concerning this profile (its own, its needs, its intros)' }),
  province: ProvinceInput.optional(),
  ...Paged,
});

export const ContactOutput = z
  .strictObject({
    id: z.string(),
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.string(),
    profileIds: z.array(z.string()),
    province: z.string(),
    channel: z.enum(CONTACT_CHANNELS),
    note: z.string(),
    at: z.string(),
    by: z.string(),
    byName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ContactLogEntry' });
export const ContactPage = PageOf(ContactOutput).meta({ id: 'ContactLogPage' });

// ── credential verification ──
export const VerificationBody = z
  .strictObject({
    profileId: Id,
    verified: z.boolean(),
    checked: z
      .array(RequiredText(300))
      .max(20)
      .optional()
      .default([])
      .meta({ description: 'What was checked, one item each (e.g. "Chứng chỉ hành nghề đại diện SHCN số 123"); at least one to verify' }),
    note: Text(2000).optional(),
  })
  .meta({ id: 'VerificationRequest' });

export const VerificationListQuery = z.strictObject({
  profileId: Id.optional(),
  province: ProvinceInput.optional(),
  ...Paged,
});

export const VerificationOutput = z
  .strictObject({
    id: z.string(),
    profileId: z.string(),
    profileName: z.string(),
    kind: z.string(),
    province: z.string(),
    verified: z.boolean(),
    checked: z.array(z.string()),
    note: z.string().nullable(),
    by: z.string(),
    byName: z.string(),
    at: z.string(),
    reason: z
      .enum(['identity_changed'])
      .optional()
      .meta({ description: 'Set when no one decided: the owner changed identity fields (see note) and the badge lapsed' }),
  })
  .meta({ id: 'Verification' });
export const VerificationPage = PageOf(VerificationOutput).meta({ id: 'VerificationPage' });

// ── conflicts of interest ──
export const ConflictBody = z
  .strictObject({ profileId: Id, otherProfileId: Id, reason: RequiredText(1000, 'Say why the two must not be matched.') })
  .meta({ id: 'ConflictDeclarationRequest' });
export const ConflictListQuery = z.strictObject({
  profileId: Id.optional(),
  province: ProvinceInput.optional(),
  ...Paged,
});
/** One of the two parties declares it itself (an expert, investor or provider, never a startup). */
export const OwnConflictBody = z
  .strictObject({ otherProfileId: Id, reason: RequiredText(1000, 'Say why you must not be matched with this profile.') })
  .meta({ id: 'OwnConflictDeclarationRequest' });
export const OwnConflictListQuery = z.strictObject({ ...Paged });
export const ConflictOutput = z
  .strictObject({
    id: z.string(),
    profileId: z.string(),
    otherProfileId: z.string(),
    reason: z.string(),
    declaredBy: z.string(),
    byParty: z.boolean().meta({ description: 'Declared by one of the two parties itself (POST /api/me/conflicts), not by staff' }),
    createdAt: z.string(),
    profile: ProfileSummaryOutput.nullable(),
    otherProfile: ProfileSummaryOutput.nullable(),
  })
  .meta({ id: 'ConflictDeclaration' });
export const ConflictPage = PageOf(ConflictOutput).meta({ id: 'ConflictDeclarationPage' });

// ── province policy ──
export const PolicyQuery = z.strictObject({
  province: ProvinceInput.optional().meta({ description: 'Required for admins; staff: their own' }),
});
export const PolicyBody = z
  .strictObject({
    sharing: z
      .enum(SHARING_POLICIES)
      .optional()
      .meta({ description: 'Who outside the province sees its experts, investors and providers' }),
    staffApprovalKinds: z
      .array(z.enum(APPROVAL_KINDS))
      .max(3)
      .optional()
      .meta({ description: 'Target kinds whose intros start as pending_staff' }),
    staleNeedDays: z.number().int().min(1).max(365).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change.' })
  .meta({ id: 'ProvincePolicyRequest' });
export const PolicyOutput = z
  .strictObject({
    province: ProvinceCode,
    sharing: z.enum(SHARING_POLICIES),
    staffApprovalKinds: z.array(z.string()),
    staleNeedDays: z.number(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'ProvincePolicy' });

export type QueueParams = z.input<typeof QueueQuery>;
export type StaffQueue = z.output<typeof QueueOutput>;
export type ContactLogInput = z.input<typeof ContactBody>;
export type ContactLogParams = z.input<typeof ContactListQuery>;
export type ContactLogEntry = z.output<typeof ContactOutput>;
export type VerificationInput = z.input<typeof VerificationBody>;
export type VerificationParams = z.input<typeof VerificationListQuery>;
export type Verification = z.output<typeof VerificationOutput>;
export type ConflictInput = z.input<typeof ConflictBody>;
export type ConflictParams = z.input<typeof ConflictListQuery>;
export type Conflict = z.output<typeof ConflictOutput>;
export type OwnConflictInput = z.input<typeof OwnConflictBody>;
export type OwnConflictParams = z.input<typeof OwnConflictListQuery>;
export type PolicyInput = z.input<typeof PolicyBody>;
export type ProvincePolicy = z.output<typeof PolicyOutput>;
