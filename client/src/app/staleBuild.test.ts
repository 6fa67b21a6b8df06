import { describe, expect, it, vi } from 'vitest';
import { reloadForNewBuild } from './staleBuild.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('reloading a tab left open across a deploy', () => {
  it('reloads once, not again within a minute, and again after it', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    let now = 1_000_000;
    const attempt = () => reloadForNewBuild({ storage, reload, now: () => now, online: () => true });
    expect(attempt()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    now += 59_000;
    expect(attempt()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    now += 2_000;
    expect(attempt()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('never reloads while offline: the chunk is missing because the network is', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    let online = false;
    const attempt = () => reloadForNewBuild({ storage, reload, now: () => 1_000_000, online: () => online });
    expect(attempt()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    // Nor does an offline failure use up the once-a-minute reload for a real new build.
    online = true;
    expect(attempt()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
