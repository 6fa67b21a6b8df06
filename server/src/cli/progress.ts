import cliProgress from 'cli-progress';

/** A terminal progress bar (plain lines when not attached to a terminal, e.g. in CI logs). */
export function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  if (!process.stdout.isTTY) {
    let last = -1;
    return {
      update(done) {
        const pct = Math.floor((done / Math.max(total, 1)) * 10) * 10;
        if (pct !== last) {
          last = pct;
          console.log(`${label}: ${done}/${total} (${pct}%)`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
