// Small pieces the calls pages share: labels in the reader's language, the contract's rule issues
// in words, the call's window, shared ranks and a judge's total as the server computes it.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EVENT_KIND_LABELS, type Call, type CallCriterion, type CallQuestion, type EventKind } from '@ketnoi/contract';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { useNow } from '../../lib/useNow.js';

type Labelled = Pick<CallQuestion | CallCriterion, 'label' | 'labelEn'>;

export function useCallLanguage(): 'vi' | 'en' {
  return useTranslation().i18n.language.startsWith('en') ? 'en' : 'vi';
}

/** A question's or criterion's label in the reader's language (Vietnamese when no English is given). */
export function labelOf(item: Labelled, lang: 'vi' | 'en'): string {
  return lang === 'en' && item.labelEn ? item.labelEn : item.label;
}

export function eventKindLabel(kind: EventKind, lang: 'vi' | 'en'): string {
  return EVENT_KIND_LABELS[kind][lang];
}

/** Points and totals the Vietnamese way (75,5) or the English way (75.5). */
export function formatPoints(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumber(value);
}

/** One issue of the contract's rules (or a plain zod issue) in the reader's words. */
export function issueText(t: TFunction, issue: { code?: string; message?: string; params?: Record<string, unknown> }): string {
  const reason = (issue.params?.reason as string | undefined) ?? issue.code;
  const max = issue.params?.max;
  if (reason && t(`calls.issue.${reason}`, { defaultValue: '' })) return t(`calls.issue.${reason}`, { max: formatPoints(max as number) });
  if (issue.code === 'too_small' || issue.code === 'invalid_type') return t('validation.required');
  return issue.message ?? t('validation.invalid');
}

/** Field errors by dotted path from a failed parse of one of the contract's schemas. */
export function parseErrors(error: z.ZodError, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = issueText(t, issue as { code?: string; message?: string; params?: Record<string, unknown> });
  }
  return out;
}

/** Field errors from a 400 of the server, translated by the rule's reason when it has one. */
export function serverErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!isApiError(error) || !Array.isArray(error.details)) return fieldErrors(error, t);
  const out: Record<string, string> = {};
  for (const issue of error.details as { path?: unknown; code?: string; message?: string }[])
    if (typeof issue.path === 'string' && !(issue.path in out)) out[issue.path] = issueText(t, issue);
  return out;
}

/** Σ weight·score/max ÷ Σ weight × 100, as the server computes one judge's score of an entry. */
export function judgeTotal(criteria: readonly CallCriterion[], scores: Readonly<Record<string, number | undefined>>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const value = scores[c.code];
    if (value === undefined || Number.isNaN(value)) return null;
    weighted += (c.weight * value) / c.max;
    weights += c.weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 10_000) / 100;
}

/** "Nhận hồ sơ đến …" / "Đã đóng …" / "Mở từ …". */
export function CallWindow({ call }: { call: Pick<Call, 'opensAt' | 'closesAt' | 'open' | 'resultsPublishedAt'> }) {
  const { t } = useTranslation();
  const now = useNow();
  let text: string;
  if (call.resultsPublishedAt) text = t('calls.window.published', { at: formatDateTime(call.resultsPublishedAt) });
  else if (call.open) text = t('calls.window.open', { at: formatDateTime(call.closesAt) });
  else if (call.opensAt && Date.parse(call.opensAt) > now) text = t('calls.window.notYet', { at: formatDateTime(call.opensAt) });
  else text = t('calls.window.closed', { at: formatDateTime(call.closesAt) });
  return <p className={`call-window${call.open ? ' call-window--open' : ''}`}>{text}</p>;
}

/** A rank, "=" marking a rank shared with another entry. */
export function RankCell({ rank, shared }: { rank: number | null; shared: boolean }) {
  const { t } = useTranslation();
  if (rank === null) return <span className="muted">{t('calls.results.unranked')}</span>;
  return (
    <span className="rank" aria-label={shared ? t('calls.results.sharedRank', { rank }) : t('calls.results.rankLabel', { rank })}>
      {rank}
      {shared && <small className="rank__shared">{t('calls.results.shared')}</small>}
    </span>
  );
}
