import type { TFunction } from 'i18next';
import type { FieldIssue } from '@ketnoi/contract';
import { formatDateTime } from '../lib/format.js';
import { isApiError, isKnownErrorCode, type ApiError } from './http.js';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The time periods a refusal names (`busy: [{startsAt, endsAt}]`), as one readable phrase. */
function periods(value: unknown, t: TFunction): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value
    .filter((p): p is { startsAt: string; endsAt: string } => typeof p?.startsAt === 'string' && typeof p?.endsAt === 'string')
    .map((p) => t('errors.period', { from: formatDateTime(p.startsAt), to: formatDateTime(p.endsAt) }))
    .join('; ');
}

/**
 * A refusal the server explains with `details.reason` (an intro that exists, a booking that
 * overlaps…), in the reader's language with its details filled in; undefined when this client
 * has no sentence for it.
 */
function reasonMessage(error: ApiError, t: TFunction): string | undefined {
  const details = error.details;
  if (!details || typeof details !== 'object' || Array.isArray(details)) return undefined;
  const { reason, ...rest } = details as Record<string, unknown>;
  if (typeof reason !== 'string') return undefined;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string') values[key] = ISO_TIME.test(value) ? formatDateTime(value) : value;
    else if (typeof value === 'number') values[key] = value;
  }
  const busy = periods(rest.busy, t);
  if (busy) values.busy = busy;
  const text = t(`errors.reason.${reason}`, { ...values, defaultValue: '' });
  return text || undefined;
}

/** A readable, translated sentence for any error thrown by the API client. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    const explained = reasonMessage(error, t);
    if (explained) return explained;
    // A form marks the fields the server named; where nothing is marked, say what is wrong.
    if (error.code === 'validation_failed' && Array.isArray(error.details) && error.details.length > 0 && error.message)
      return t('errors.validationDetail', { message: error.message });
    if (isKnownErrorCode(error.code)) return t(`errors.${error.code}`);
    return error.message || t('errors.unknown');
  }
  return t('errors.unknown');
}

/** The `reason` of a refusal (`details.reason`), if the server gave one. */
export function errorReason(error: unknown): string | undefined {
  if (!isApiError(error) || !error.details || typeof error.details !== 'object') return undefined;
  const reason = (error.details as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** zod issue codes that have a translated sentence; any other issue shows the server's own words. */
const ISSUE_SENTENCES: Partial<Record<string, string>> = {
  invalid_format: 'validation.invalid',
  invalid_value: 'validation.choose',
  invalid_type: 'validation.required',
  unrecognized_keys: 'validation.unknownField',
};

function issueMessage(issue: FieldIssue, t: TFunction): string {
  const key = issue.code ? ISSUE_SENTENCES[issue.code] : undefined;
  if (key) return t(key);
  return issue.message || t('validation.invalid');
}

function isFieldIssue(item: unknown): item is FieldIssue {
  return !!item && typeof item === 'object' && typeof (item as FieldIssue).path === 'string';
}

/**
 * Field messages from a `validation_failed` error, whose `details` is a list of FieldIssue
 * (`{path, message, code?}`, path dotted as `contact.email`); the first issue of a field wins.
 * `sentences` gives a page's own words for issues it knows (by code or by path).
 */
export function fieldErrors(error: unknown, t: TFunction, sentences: Record<string, string> = {}): Record<string, string> {
  if (!isApiError(error) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.details as unknown[]) {
    if (isFieldIssue(issue) && !(issue.path in out))
      out[issue.path] = (issue.code && sentences[issue.code]) || sentences[issue.path] || issueMessage(issue, t);
  }
  return out;
}
