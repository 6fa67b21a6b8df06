// What every service of the calls module is built with (index.ts passes it to each).
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Jury } from './jury.js';
import type { CallsRepository, EntriesRepository, JudgementsRepository } from './repository.js';

export interface CallsCore {
  calls: CallsRepository;
  entries: EntriesRepository;
  judgements: JudgementsRepository;
  jury: Jury;
  bus: EventBus;
  clock: Clock;
}
