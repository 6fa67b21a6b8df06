// What the services of the events module are built with: index.ts makes one and passes it to
// each, so no service takes ten same-looking repositories in a row.
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { MeetingBoard } from './board.js';
import type { EventMails } from './mails.js';
import type { MeetingsRepository } from './meetingsRepository.js';
import type { EventNotices } from './notices.js';
import type { RegistrationsRepository } from './registrationsRepository.js';
import type { EventsRepository } from './repository.js';

export interface EventsCore {
  store: Store;
  events: EventsRepository;
  registrations: RegistrationsRepository;
  meetings: MeetingsRepository;
  profiles: ProfilesRepository;
  board: MeetingBoard;
  notices: EventNotices;
  mails: EventMails;
  bus: EventBus;
  clock: Clock;
}
