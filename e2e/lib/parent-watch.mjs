// Preloaded into the server child (`node --import`): exits when the test runner that started it
// is gone, so a killed or crashed `vitest` can never leave a server running in the background,
// and removes the throwaway data directory the runner would have removed.
import fs from 'node:fs';

const parent = Number(process.env.E2E_PARENT_PID);
const throwawayDir = process.env.E2E_REMOVE_ON_EXIT;

function parentAlive() {
  // Re-parented (the runner died and init adopted us) or no such process any more.
  if (process.ppid !== parent) return false;
  try {
    process.kill(parent, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
}

if (Number.isInteger(parent) && parent > 1) {
  setInterval(() => {
    if (parentAlive()) return;
    if (throwawayDir) fs.rmSync(throwawayDir, { recursive: true, force: true });
    process.exit(0);
  }, 500).unref();
}
