import { formatPercent } from '../lib/format.js';

/** A horizontal bar for a 0..1 score, with the number in text for screen readers and print. */
export function ScoreBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <div className="score">
      <div
        className="score__track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
      >
        <div className="score__fill" style={{ width: `${clamped * 100}%` }} />
      </div>
      <span className="score__value">{formatPercent(clamped)}</span>
    </div>
  );
}
