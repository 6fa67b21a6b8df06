import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Call, Entry } from '@ketnoi/contract';
import { useAssignments, useCall, useCallEntries } from '../../api/hooks/calls.js';
import { EmptyState, QueryView } from '../../components/States.js';
import { formatDateTime } from '../../lib/format.js';
import { ScoreForm } from './ScoreForm.js';
import { formatPoints, labelOf, useCallLanguage } from './shared.js';
import './calls.css';

const done = (e: Entry) => e.myJudgement?.status === 'scored';
/** The startup edited (or withdrew and sent again) its entry after this judge scored it. */
const editedSinceScored = (e: Entry) => done(e) && e.updatedAt > e.myJudgement!.at;

/** `picks` counts the judge's moves to another entry: each brings its heading into view and focus. */
function EntryDetails({ call, entry, picks }: { call: Call; entry: Entry; picks: number }) {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // On a phone the list stands above the sheet and "next" below it: without this the judge stays
  // at the bottom of an empty form, or at the list, and sees nothing change.
  useEffect(() => {
    if (picks > 0) heading.current?.focus();
  }, [picks]);
  return (
    <section className="card entry-detail" aria-labelledby="entry-detail-title">
      <p className="eyebrow">
        <Link to={`/profiles/${entry.startup.id}`}>{entry.startup.name}</Link>
      </p>
      <h2 id="entry-detail-title" ref={heading} tabIndex={-1}>
        {entry.title}
      </h2>
      <p className="prose">{entry.summary}</p>
      <dl className="dl">
        {call.questions
          .filter((q) => entry.answers[q.code] !== undefined)
          .map((q) => (
            <div key={q.code} className="dl__row">
              <dt>{labelOf(q, lang)}</dt>
              <dd>{String(entry.answers[q.code])}</dd>
            </div>
          ))}
      </dl>
      {editedSinceScored(entry) ? (
        <p className="notice notice--action">
          {t('calls.sheet.editedSince', { total: formatPoints(entry.myJudgement!.total), time: formatDateTime(entry.updatedAt) })}
        </p>
      ) : (
        entry.myJudgement?.status === 'scored' && (
          <p className="muted">{t('calls.sheet.earlier', { total: formatPoints(entry.myJudgement.total) })}</p>
        )
      )}
    </section>
  );
}

/** The judge's scoring sheet (a tablet or a desk): the entries to score, one at a time, and progress. */
export default function JudgingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const judgeId = params.get('judge') ?? undefined;
  const call = useCall(id);
  const entries = useCallEntries(id, { as: 'judge', ...(judgeId ? { judgeId } : {}) }, call.isSuccess);
  const paperFor = judgeId ? call.data?.jury?.find((j) => j.userId === judgeId) : undefined;
  // A judge who stepped away from every entry is told so, not that entries are still to come.
  const assignments = useAssignments(!judgeId && !!call.data?.viewer?.judge);
  const recused = assignments.data?.items.find((a) => a.event.id === id)?.recused ?? 0;

  const [picks, setPicks] = useState(0);
  const select = (entryId: string | null) => {
    setPicks((n) => n + 1);
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (entryId) next.set('entry', entryId);
      else next.delete('entry');
      return next;
    });
  };

  return (
    <div className="page page--wide judging">
      <QueryView query={call}>
        {(c) => (
          <>
            <p className="eyebrow">
              <Link to={`/events/${id}/call`}>{c.event.title}</Link>
            </p>
            <h1>{paperFor ? t('calls.sheet.paperTitle', { name: paperFor.name }) : t('calls.sheet.title')}</h1>
            {c.resultsPublishedAt && <p className="notice">{t('calls.sheet.published')}</p>}
            <QueryView
              query={entries}
              isEmpty={(list) => list.length === 0}
              empty={
                recused > 0 ? (
                  <EmptyState title={t('calls.sheet.allRecused', { count: recused })} hint={t('calls.sheet.allRecusedHint')} />
                ) : (
                  <EmptyState title={t('calls.sheet.none')} />
                )
              }
            >
              {(list) => {
                const scored = list.filter(done).length;
                const selected = list.find((e) => e.id === params.get('entry')) ?? list.find((e) => !done(e)) ?? list[0]!;
                const next = list.find((e) => !done(e) && e.id !== selected.id);
                return (
                  <>
                    <div className="judging__progress" aria-live="polite">
                      <span>{t('calls.sheet.progress', { scored, total: list.length })}</span>
                      <progress max={list.length} value={scored} aria-label={t('calls.sheet.progressLabel')} />
                    </div>
                    <div className="judging__layout">
                      <nav className="judging__list" aria-label={t('calls.sheet.entries')}>
                        <ol className="plain-list">
                          {list.map((e, i) => (
                            <li key={e.id}>
                              <button
                                type="button"
                                className={`judging__pick${done(e) ? ' judging__pick--done' : ''}`}
                                aria-current={e.id === selected.id ? 'true' : undefined}
                                onClick={() => select(e.id)}
                              >
                                <span className="judging__number">{i + 1}</span>
                                <span className="judging__name">
                                  {e.title}
                                  <small>{e.startup.name}</small>
                                </span>
                                <span className="judging__mark">
                                  {done(e) ? formatPoints(e.myJudgement!.total) : t('calls.sheet.todo')}
                                  {editedSinceScored(e) && <small className="judging__edited">{t('calls.sheet.edited')}</small>}
                                </span>
                              </button>
                            </li>
                          ))}
                        </ol>
                      </nav>
                      <div className="judging__sheet">
                        <EntryDetails call={c} entry={selected} picks={picks} />
                        {!c.resultsPublishedAt && (
                          <section className="card" aria-label={t('calls.sheet.scoreHere')}>
                            <ScoreForm
                              key={selected.id}
                              eventId={id}
                              criteria={c.criteria}
                              entry={selected}
                              {...(judgeId ? { judgeId } : {})}
                              onSaved={() => select(next?.id ?? null)}
                            />
                          </section>
                        )}
                      </div>
                    </div>
                  </>
                );
              }}
            </QueryView>
          </>
        )}
      </QueryView>
    </div>
  );
}
