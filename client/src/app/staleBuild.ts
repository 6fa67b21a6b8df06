// After a deploy, a tab opened on the previous build asks for code-split chunks that are gone
// (their names carry the old content hashes), and the page it was opening fails. Vite reports that
// as `vite:preloadError`; loading the page again fetches the new build. Once per minute at most,
// so a chunk that is really missing shows the error page instead of reloading for ever. Never while
// the browser is offline: that chunk is missing because the network is, and a reload would throw
// the app (and what it holds in memory) away for the browser's offline page. The error page opens
// the page again when the network is back.
const KEY = 'ketnoi.reloadedForNewBuild';
const WINDOW_MS = 60_000;

export interface StaleBuildDeps {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  reload: () => void;
  now: () => number;
  online: () => boolean;
}

/** Reloads for a new build unless it did so within the last minute; says whether it did. */
export function reloadForNewBuild({ storage, reload, now, online }: StaleBuildDeps): boolean {
  if (!online()) return false;
  const last = Number(storage.getItem(KEY) ?? 0);
  if (now() - last < WINDOW_MS) return false;
  storage.setItem(KEY, String(now()));
  reload();
  return true;
}

export function listenForStaleBuild(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    const reloading = reloadForNewBuild({
      storage: target.sessionStorage,
      reload: () => target.location.reload(),
      now: Date.now,
      // The browser's own flag: this runs in the entry, before the app (and TanStack's onlineManager) loads.
      online: () => target.navigator.onLine,
    });
    // Reloading: keep the failed import from reaching the error page for the moment it is shown.
    if (reloading) event.preventDefault();
  });
}
