// Who may open a file (API.md "Files"). Logos and photos shown by a visible profile: anyone.
// Documents (a pitch deck): the uploader, staff of the province, admins, and profiles connected
// to the profile that holds it by an accepted introduction — an investor sees the deck only after
// mutual interest. Evidence: the consultation's two sides, staff, admins. Anyone else is told
// the file does not exist (404, never 403), so ids reveal nothing.
import type { AuthUser } from '../../http/api.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ConsultationDoc } from '../consultations/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { FileDoc } from './repository.js';

export interface FileViewer {
  user: AuthUser | null;
  /** The viewer's own profile, for the four profile roles. */
  profileId: string | null;
}

/** The reads a decision may need, each made only when the rules get that far. */
export interface FileLookups {
  profilesNaming(fileId: string): Promise<ProfileDoc[]>;
  consultationsNaming(fileId: string): Promise<ConsultationDoc[]>;
  profileOfUser(userId: string): Promise<ProfileDoc | null>;
  /** As the directory decides: not hidden or suspended, and allowed by the province sharing policy. */
  canSeeProfile(viewer: AuthUser | null, profile: ProfileDoc): Promise<boolean>;
  connected(profileA: string, profileB: string): Promise<boolean>;
}

export type FileAccess =
  | { allowed: false }
  /** `publicImage`: a visitor without an account may see it too, so shared caches may keep it. */
  | { allowed: true; publicImage: boolean };

const DENIED: FileAccess = { allowed: false };
const ALLOWED: FileAccess = { allowed: true, publicImage: false };

async function some<T>(items: readonly T[], test: (item: T) => Promise<boolean> | boolean): Promise<boolean> {
  for (const item of items) if (await test(item)) return true;
  return false;
}

export async function fileAccess(viewer: FileViewer, file: FileDoc, look: FileLookups): Promise<FileAccess> {
  const { user } = viewer;
  const privileged = (provinces: readonly (string | null)[]) =>
    user?.id === file.ownerId || isStaffFor(user, file.province) || provinces.some((p) => isStaffFor(user, p));

  if (file.purpose === 'logo' || file.purpose === 'photo') {
    const namers = await look.profilesNaming(file._id);
    if (await some(namers, (p) => look.canSeeProfile(null, p))) return { allowed: true, publicImage: true };
    if (privileged(namers.map((p) => p.province))) return ALLOWED;
    return (await some(namers, (p) => look.canSeeProfile(user, p))) ? ALLOWED : DENIED;
  }

  if (file.purpose === 'document') {
    if (privileged([])) return ALLOWED;
    const namers = await look.profilesNaming(file._id);
    const uploader = await look.profileOfUser(file.ownerId);
    const holders = uploader ? [...namers, uploader] : namers;
    if (privileged(holders.map((p) => p.province))) return ALLOWED;
    const own = viewer.profileId;
    if (!own) return DENIED;
    return (await some(holders, (p) => look.connected(own, p._id))) ? ALLOWED : DENIED;
  }

  // evidence
  const consultations = await look.consultationsNaming(file._id);
  if (privileged(consultations.map((c) => c.province))) return ALLOWED;
  const own = viewer.profileId;
  return own && consultations.some((c) => c.startupId === own || c.helperId === own) ? ALLOWED : DENIED;
}
