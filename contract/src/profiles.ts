// Profile input and output schemas (API.md "Profiles"). One schema per kind; the kind is the
// user's role, so PUT bodies are validated against the schema of the profile's kind.
import { z } from 'zod';
import { OCOP_STARS, PROFILE_KINDS, type ProfileKind } from './codes.js';
import { minutesOf, WEEKDAYS } from './openingHours.js';
import { CodeList, Id, PageOf, Paged, QueryBool, RequiredText, Text, VndRange } from './primitives.js';
import {
  FeeCode,
  InvestorTypeCode,
  LanguageCode,
  NeedCategoryCode,
  OutcomeTagCode,
  ProvinceCode,
  ProvinceInput,
  ResourceKindCode,
  SectorCode,
  StageCode,
} from './reference.js';

export const ProfileKindSchema = z.enum(PROFILE_KINDS).meta({ id: 'ProfileKind' });

/** The fields a verified badge vouches for: an owner who changes one loses the badge until staff check again. */
export const IDENTITY_FIELDS = ['name', 'organization', 'headline'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

const Phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 .()-]{8,30}$/, 'Enter a phone number such as 0912 345 678 or +84 912 345 678.');

export const ContactSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
    phone: Phone.optional(),
    zalo: Text(60).optional(),
    website: z
      .string()
      .trim()
      .max(300)
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'Use an http(s) address.')
      .optional(),
  })
  .meta({ id: 'Contact' });

/** Fields a client may send back unchanged from a GET (ignored when equal). */
const readOnly = {
  id: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  verified: z.boolean().optional(),
};

const common = {
  ...readOnly,
  name: RequiredText(120, 'Enter a name.'),
  headline: Text(200).optional().default(''),
  about: Text(4000).optional().default(''),
  province: ProvinceInput,
  commune: Text(120).optional(),
  sectors: CodeList(SectorCode, 10).optional().default([]),
  languages: CodeList(LanguageCode, 2).optional().default(['vi']),
  contact: ContactSchema.optional().default({}),
  /** The owner can hide their profile from search, the directory and matching. */
  hidden: z.boolean().optional(),
  /** Files (POST /api/files) of the right purpose, uploaded by the owner. */
  logoFileId: Id.optional().meta({ description: 'A file uploaded with purpose logo' }),
  documents: z
    .array(z.strictObject({ fileId: Id, title: RequiredText(200, 'Give the document a title.') }))
    .max(20)
    .optional()
    .meta({ description: 'Files uploaded with purpose document (pitch deck, brochure): connected parties and staff open them' }),
};

/** OCOP rating of a product (Chương trình Mỗi xã một sản phẩm): 3, 4 or 5 stars. */
export const OcopStars = z.literal(OCOP_STARS).meta({ id: 'OcopStars' });

const ServesProvinces = CodeList(ProvinceInput, 34).optional().default([]);

export const StartupBody = z
  .strictObject({
    ...common,
    kind: z.literal('startup').optional(),
    stage: StageCode,
    products: z
      .array(
        z.strictObject({
          name: RequiredText(120),
          description: Text(1000).optional().default(''),
          photoFileIds: z.array(Id).max(10).optional().meta({ description: 'Files uploaded with purpose photo' }),
          ocopStars: OcopStars.optional(),
        }),
      )
      .max(30)
      .optional()
      .default([]),
    teamSize: z.number().int().min(1).max(100_000).optional().default(1),
    foundedYear: z.number().int().min(1950).max(2100).optional(),
    fundingAsk: VndRange.optional(),
  })
  .meta({ id: 'StartupProfileInput' });

export const ExpertBody = z
  .strictObject({
    ...common,
    kind: z.literal('expert').optional(),
    expertise: CodeList(NeedCategoryCode, 10).refine((l) => l.length > 0, 'Choose at least one area of expertise.'),
    organization: Text(200).optional(),
    yearsExperience: z.number().int().min(0).max(80).optional(),
    capacity: z.number().int().min(0, 'Capacity cannot be negative.').max(100),
    remote: z.boolean().optional().default(false),
    servesProvinces: ServesProvinces,
    fee: FeeCode.optional().default('negotiable'),
  })
  .meta({ id: 'ExpertProfileInput' });

export const InvestorBody = z
  .strictObject({
    ...common,
    kind: z.literal('investor').optional(),
    investorType: InvestorTypeCode,
    ticket: VndRange,
    stages: CodeList(StageCode, 4).optional().default([]),
    servesProvinces: ServesProvinces,
  })
  .meta({ id: 'InvestorProfileInput' });

const ClockTime = z.string().refine((v) => minutesOf(v) !== null, 'Use a time such as 08:00 (00:00 to 24:00).');

/** One opening period of a resource, in Vietnam time (openingHours.ts decides what fits). */
export const OpeningPeriodSchema = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'Choose at least one day.')
      .max(7)
      .transform((d) => WEEKDAYS.filter((w) => d.includes(w))),
    opens: ClockTime,
    closes: ClockTime,
  })
  .refine((p) => (minutesOf(p.closes) ?? 0) > (minutesOf(p.opens) ?? 0), {
    message: 'Closing time must be after opening time.',
    path: ['closes'],
  })
  .meta({ id: 'OpeningPeriod', description: 'Vietnam time (UTC+7); e.g. {days:[mon…fri], opens:"08:00", closes:"17:00"}' });

export const ResourceSchema = z.strictObject({
  name: RequiredText(120),
  kind: ResourceKindCode,
  capacity: z.number().int().min(1).max(100_000).optional(),
  description: Text(1000).optional(),
  openingHours: z
    .array(OpeningPeriodSchema)
    .max(14)
    .optional()
    .meta({ description: 'When it can be booked; bookings outside are refused (400). Absent: any time.' }),
});

export const ProviderBody = z
  .strictObject({
    ...common,
    kind: z.literal('provider').optional(),
    offerings: CodeList(NeedCategoryCode, 10).refine((l) => l.length > 0, 'Choose at least one offering.'),
    resources: z.array(ResourceSchema).max(50).optional().default([]),
    servesProvinces: ServesProvinces,
  })
  .meta({ id: 'ProviderProfileInput' });

export const BODY_BY_KIND = { startup: StartupBody, expert: ExpertBody, investor: InvestorBody, provider: ProviderBody } as const;
export type ProfileInput = z.output<(typeof BODY_BY_KIND)[keyof typeof BODY_BY_KIND]>;

/** For the OpenAPI document: the body is one of the four, chosen by the profile's kind. */
export const AnyProfileBody = z.union([StartupBody, ExpertBody, InvestorBody, ProviderBody]);

export const DirectoryQuery = z.strictObject({
  kind: ProfileKindSchema.optional(),
  province: ProvinceInput.optional(),
  sector: SectorCode.optional(),
  need: NeedCategoryCode.optional(),
  verified: QueryBool.optional(),
  q: Text(100).optional(),
  ...Paged,
});

export const ProfileIdParams = z.strictObject({ id: Id });

// Output schemas describe stored values: plain types, no input transforms (OpenAPI renders them as-is).
const ContactOutput = z
  .strictObject({ email: z.string().optional(), phone: z.string().optional(), zalo: z.string().optional(), website: z.string().optional() })
  .meta({ id: 'ContactOutput' });
const OpeningPeriodOutput = z
  .strictObject({ days: z.array(z.enum(WEEKDAYS)), opens: z.string(), closes: z.string() })
  .meta({ id: 'OpeningPeriodOutput' });
const ResourceOutput = z
  .strictObject({
    name: z.string(),
    kind: z.string(),
    capacity: z.number().optional(),
    description: z.string().optional(),
    openingHours: z.array(OpeningPeriodOutput).optional(),
  })
  .meta({ id: 'Resource' });

const ProfileOutputCommon = {
  id: z.string(),
  kind: ProfileKindSchema,
  name: z.string(),
  headline: z.string(),
  about: z.string(),
  province: ProvinceCode,
  commune: z.string().optional(),
  sectors: z.array(z.string()),
  languages: z.array(z.string()),
  contact: ContactOutput.optional().meta({ description: 'Only for the owner, connected parties and staff of the province' }),
  verified: z.boolean(),
  hidden: z.boolean().optional(),
  suspended: z.boolean().optional().meta({ description: 'Owner and staff: suspended by staff or an admin' }),
  verificationLapsed: z
    .strictObject({ at: z.string(), fields: z.array(z.enum(IDENTITY_FIELDS)) })
    .optional()
    .meta({
      description:
        'Owner and staff: the verified badge was removed because the owner changed these identity fields; staff can verify again',
    }),
  logoFileId: z.string().optional(),
  documents: z.array(z.strictObject({ fileId: z.string(), title: z.string() })).optional(),
  outcomeBadges: z
    .array(z.strictObject({ tag: OutcomeTagCode, count: z.number().int().min(1) }))
    .optional()
    .meta({
      description:
        'GET /api/profiles/:id of a startup: outcomes recorded in its completed consultations (a filed trademark, a certified ' +
        'standard…), counted per tag, `other` left out; counts only, nothing about the other side',
    }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const ProfileOutput = z
  .strictObject({
    ...ProfileOutputCommon,
    stage: StageCode.optional(),
    products: z
      .array(
        z.strictObject({
          name: z.string(),
          description: z.string(),
          photoFileIds: z.array(z.string()).optional(),
          ocopStars: OcopStars.optional(),
        }),
      )
      .optional(),
    teamSize: z.number().optional(),
    foundedYear: z.number().optional(),
    fundingAsk: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    expertise: z.array(NeedCategoryCode).optional(),
    organization: z.string().optional(),
    yearsExperience: z.number().optional(),
    capacity: z.number().optional(),
    remote: z.boolean().optional(),
    servesProvinces: z.array(z.string()).optional(),
    fee: FeeCode.optional(),
    investorType: InvestorTypeCode.optional(),
    ticket: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    stages: z.array(StageCode).optional(),
    offerings: z.array(NeedCategoryCode).optional(),
    resources: z.array(ResourceOutput).optional(),
  })
  .meta({ id: 'Profile' });

export const ProfilePage = PageOf(ProfileOutput).meta({ id: 'ProfilePage' });

export type ProfileBodyOf<K extends ProfileKind> = (typeof BODY_BY_KIND)[K];
export type ProfileDraft<K extends ProfileKind = ProfileKind> = z.input<ProfileBodyOf<K>>;
export type DirectoryParams = z.input<typeof DirectoryQuery>;
export type Profile = z.output<typeof ProfileOutput>;
export type Contact = z.output<typeof ContactSchema>;
export type OutcomeBadge = NonNullable<Profile['outcomeBadges']>[number];
