// Every domain event of the server in one list: name → payload. Services publish them after their
// transaction commits (lib/events.ts); the realtime gateway, notifications, mail, the audit log and
// search react to them. Each module declares its own in its events.ts.
import type { AccountEvents } from './modules/accounts/events.js';
import type { CallEvents } from './modules/calls/events.js';
import type { ConflictEvents } from './modules/conflicts/events.js';
import type { ConsultationEvents } from './modules/consultations/events.js';
import type { ConversationEvents } from './modules/conversations/events.js';
import type { EventsModuleEvents } from './modules/events/events.js';
import type { FileEvents } from './modules/files/events.js';
import type { IntroEvents } from './modules/intros/events.js';
import type { MatchingEvents } from './modules/matching/events.js';
import type { NeedEvents } from './modules/needs/events.js';
import type { NotificationEvents } from './modules/notifications/events.js';
import type { OpportunityEvents } from './modules/opportunities/events.js';
import type { ProfileEvents } from './modules/profiles/events.js';
import type { ProvinceEvents } from './modules/provinces/events.js';
import type { StaffEvents } from './modules/staff/events.js';
import type { UserAdminEvents } from './modules/userAdmin/events.js';

export interface DomainEvents
  extends
    AccountEvents,
    ProfileEvents,
    NeedEvents,
    IntroEvents,
    ConsultationEvents,
    ConversationEvents,
    NotificationEvents,
    MatchingEvents,
    ProvinceEvents,
    ConflictEvents,
    StaffEvents,
    EventsModuleEvents,
    CallEvents,
    FileEvents,
    OpportunityEvents,
    UserAdminEvents {}
