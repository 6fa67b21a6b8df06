import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/hooks/reference.js';
import type { Match, MatchReason } from '@ketnoi/contract';
import { ScoreBar } from '../../components/ScoreBar.js';
import { formatPercent } from '../../lib/format.js';
import { focusOnMount } from '../../lib/focus.js';
import { ConnectAction } from '../intros/ConnectAction.js';

/**
 * Each criterion's share of the total weight of this match's reasons, so weights read the same
 * whatever scale the server uses (0..1 fractions or points such as 5, 1.5, 0.5).
 */
function weightText(weight: number, totalWeight: number): string {
  return formatPercent(totalWeight > 0 ? weight / totalWeight : 0);
}

function Reason({ reason, totalWeight }: { reason: MatchReason; totalWeight: number }) {
  const { t } = useTranslation();
  const name = t(`criterion.${reason.criterion}`);
  return (
    <li className="reason">
      <div className="reason__head">
        <span className="reason__name">{name}</span>
        <span className="muted">{t('matches.weight', { value: weightText(reason.weight, totalWeight) })}</span>
      </div>
      <ScoreBar value={reason.score} label={t('matches.criterionScore', { name })} />
      <p className="reason__detail">{reason.detail}</p>
    </li>
  );
}

/** The reasons that carry this match most (weight × score), strongest first: the card's one-line "why". */
export function strongestReasons(reasons: MatchReason[], count = 2): MatchReason[] {
  return reasons
    .filter((reason) => reason.score > 0 && reason.weight > 0)
    .sort((a, b) => b.weight * b.score - a.weight * a.score)
    .slice(0, count);
}

export function MatchCard({
  match,
  rank,
  needId,
  canRequest,
  takeFocus = false,
}: {
  match: Match;
  rank: number;
  needId?: string;
  canRequest: boolean;
  /** The first card a "show more" revealed: the reader continues there. */
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  // Only the first card opens its full breakdown: ten criteria per card made a phone scroll a screen
  // per candidate; the others say their strongest reasons in a line and open on request.
  const [showReasons, setShowReasons] = useState(rank === 1);
  const strongest = strongestReasons(match.reasons);
  const reasonsId = `reasons-${match.profile.id}`;
  const totalWeight = match.reasons.reduce((sum, reason) => sum + Math.max(0, reason.weight), 0);
  return (
    <li className="card match" data-testid="match">
      <div className="match__head">
        <span className="match__rank" aria-label={t('matches.rank', { rank })}>
          {rank}
        </span>
        <div className="match__who">
          <h3>
            <Link to={`/profiles/${encodeURIComponent(match.profile.id)}`} ref={takeFocus ? focusOnMount : undefined}>
              {match.profile.name}
            </Link>
          </h3>
          <p className="muted">
            {t(`roles.${match.profile.kind}`)} · {labels.province(match.profile.province)}
          </p>
          <p>{match.profile.headline}</p>
        </div>
      </div>
      <ScoreBar value={match.score} label={t('matches.score', { name: match.profile.name })} />
      {!showReasons && strongest.length > 0 && <p className="match__why">{strongest.map((reason) => reason.detail).join(' · ')}</p>}
      <button
        type="button"
        className="btn btn--ghost btn--small"
        aria-expanded={showReasons}
        aria-controls={reasonsId}
        onClick={() => setShowReasons((s) => !s)}
      >
        {showReasons ? t('matches.hideReasons') : t('matches.showReasons', { count: match.reasons.length })}
      </button>
      <ul className="reasons" id={reasonsId} hidden={!showReasons}>
        {match.reasons.map((reason) => (
          <Reason key={reason.criterion} reason={reason} totalWeight={totalWeight} />
        ))}
      </ul>
      {canRequest && <ConnectAction other={match.profile} connection={match.connection} needId={needId} />}
    </li>
  );
}

/** Ranked cards; with `step`, that many at first and that many more on each "show more". */
export function MatchList({
  matches,
  needId,
  canRequest = true,
  step,
}: {
  matches: Match[];
  needId?: string;
  canRequest?: boolean;
  step?: number;
}) {
  const { t } = useTranslation();
  const [stepsShown, setStepsShown] = useState(1);
  const [revealedFrom, setRevealedFrom] = useState<number | null>(null);
  const shown = step ? step * stepsShown : matches.length;
  const hidden = matches.length - shown;
  return (
    <>
      <ol className="list matches">
        {matches.slice(0, shown).map((match, index) => (
          <MatchCard
            key={match.profile.id}
            match={match}
            rank={index + 1}
            needId={needId}
            canRequest={canRequest}
            takeFocus={index === revealedFrom}
          />
        ))}
      </ol>
      {step && hidden > 0 && (
        <button
          type="button"
          className="btn btn--secondary btn--block matches__more"
          onClick={() => {
            setRevealedFrom(shown);
            setStepsShown(stepsShown + 1);
          }}
        >
          {t('matches.showMore', { count: Math.min(step, hidden), total: hidden })}
        </button>
      )}
    </>
  );
}
