import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { Scheduler } from './scheduler.js';

const logger = pino({ level: 'silent' });

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

describe('the scheduler', () => {
  it('runs a job on demand and never overlaps it with itself', async () => {
    const scheduler = new Scheduler(logger);
    let running = 0;
    let most = 0;
    let runs = 0;
    const release = gate();
    scheduler.add({
      name: 'work',
      everyMs: 60_000,
      run: async () => {
        running++;
        most = Math.max(most, running);
        runs++;
        if (runs === 1) await release.opened;
        running--;
      },
    });
    const first = scheduler.run('work');
    const second = scheduler.run('work');
    scheduler.trigger('work');
    release.open();
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
    await scheduler.close();
  });

  it('passes a failure to the caller of run() and keeps the job scheduled', async () => {
    const scheduler = new Scheduler(logger);
    let calls = 0;
    scheduler.add({
      name: 'flaky',
      everyMs: 60_000,
      run: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve()),
    });
    await expect(scheduler.run('flaky')).rejects.toThrow('boom');
    await scheduler.run('flaky');
    expect(calls).toBe(2);
    await expect(scheduler.run('missing')).rejects.toThrow(/no job/);
    await scheduler.close();
  });

  it('runs started jobs by itself, and close() waits for the run in flight and stops the timers', async () => {
    const scheduler = new Scheduler(logger, () => 0.5);
    const release = gate();
    const started = gate();
    let finished = false;
    let calls = 0;
    scheduler.add({
      name: 'tick',
      everyMs: 5,
      runAtStart: true,
      run: async () => {
        calls++;
        started.open();
        await release.opened;
        finished = true;
      },
    });
    scheduler.start();
    await started.opened;
    const closing = scheduler.close();
    release.open();
    await closing;
    expect(finished).toBe(true);
    const after = calls;
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(after);
  });
});
