// The files module: logos, product photos, documents and outcome evidence. The storage part
// (documents, blobs, the reference check that profiles and consultations call in their writes)
// is built first; the service and routes, which read profiles and consultations to decide who
// may open a file, are built once those exist.
import type { Config } from '../../config.js';
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import { openBlobStore } from '../../store/blobs/open.js';
import type { BlobStore } from '../../store/blobs/types.js';
import type { Store } from '../../store/types.js';
import type { ConsultationsRepository } from '../consultations/repository.js';
import type { ConnectionChecker } from '../profiles/policy.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { FileHolders } from './holders.js';
import { FileReferences } from './references.js';
import { FilesRepository } from './repository.js';
import { registerFileRoutes } from './routes.js';
import { FilesService } from './service.js';

export async function buildFileStorage(d: { store: Store; clock: Clock; config: Pick<Config, 'dataDir'>; blobs?: BlobStore }) {
  const repository = new FilesRepository(d.store);
  const blobs = d.blobs ?? (await openBlobStore(d.store, d.config.dataDir));
  return { repository, blobs, references: new FileReferences(repository, d.clock) };
}

export type FileStorage = Awaited<ReturnType<typeof buildFileStorage>>;

export function buildFiles(d: {
  storage: FileStorage;
  store: Store;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  profiles: ProfilesRepository;
  consultations: ConsultationsRepository;
  visibility: VisibilityRules;
  connections: ConnectionChecker;
}) {
  const holders = new FileHolders(d.profiles, d.consultations, d.clock);
  const service = new FilesService({
    store: d.store,
    files: d.storage.repository,
    blobs: d.storage.blobs,
    holders,
    profiles: d.profiles,
    lookups: {
      canSeeProfile: (viewer, profile) => d.visibility.mayOpen(viewer, profile),
      connected: (a, b) => d.connections.areConnected(a, b),
    },
    events: d.events,
    clock: d.clock,
    logger: d.logger.child({ module: 'files' }),
  });
  return { ...d.storage, holders, service, routes: (api: ApiRegistry) => registerFileRoutes(api, service) };
}

export type FilesModule = ReturnType<typeof buildFiles>;
