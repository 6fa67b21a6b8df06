import type { TFunction } from 'i18next';
import { isApiError, KNOWN_ERROR_CODES, type KnownErrorCode } from './http.js';

/** A readable, translated sentence for any error thrown by the API client. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if ((KNOWN_ERROR_CODES as readonly string[]).includes(error.code)) {
      return t(`errors.${error.code as KnownErrorCode}`);
    }
    return error.message || t('errors.unknown');
  }
  return t('errors.unknown');
}

interface FieldIssue {
  path?: unknown;
  field?: unknown;
  name?: unknown;
  message?: unknown;
  code?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

function fieldName(issue: FieldIssue): string | null {
  const raw = issue.path ?? issue.field ?? issue.name;
  if (Array.isArray(raw)) return raw.map(String).join('.');
  if (typeof raw === 'string') return raw.replace(/^\//, '').replace(/\//g, '.');
  return null;
}

function issueMessage(issue: FieldIssue, t: TFunction): string {
  // Known validator issue codes get a translated sentence; anything else shows the server's own words.
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
    return t('validation.tooShort', { min: issue.minimum });
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return t('validation.tooLong', { max: issue.maximum });
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_string') return t('validation.invalid');
  if (issue.code === 'invalid_value' || issue.code === 'invalid_enum_value') return t('validation.choose');
  if (issue.code === 'required' || issue.code === 'invalid_type') return t('validation.required');
  if (issue.code === 'unrecognized_keys') return t('validation.unknownField');
  if (issue.code === 'taken' || issue.code === 'duplicate') return t('validation.taken');
  return typeof issue.message === 'string' && issue.message ? issue.message : t('validation.invalid');
}

/**
 * Field messages from a `validation_failed` error. API.md says `details` "lists each field" without a
 * shape, so both common shapes are read: an array of issues (`{path|field, message, code?}`) or an
 * object mapping field → message(s). Keys are dotted paths (`contact.email`).
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!isApiError(error) || error.code !== 'validation_failed') return {};
  const details = error.details as unknown;
  const out: Record<string, string> = {};
  const issues = Array.isArray(details)
    ? details
    : Array.isArray((details as { issues?: unknown })?.issues)
      ? (details as { issues: unknown[] }).issues
      : Array.isArray((details as { fields?: unknown })?.fields)
        ? (details as { fields: unknown[] }).fields
        : null;
  if (issues) {
    for (const item of issues) {
      if (!item || typeof item !== 'object') continue;
      const name = fieldName(item as FieldIssue);
      if (name !== null && !(name in out)) out[name] = issueMessage(item as FieldIssue, t);
    }
    return out;
  }
  if (details && typeof details === 'object') {
    for (const [name, value] of Object.entries(details as Record<string, unknown>)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') out[name] = first;
      else if (first && typeof first === 'object') out[name] = issueMessage(first as FieldIssue, t);
    }
  }
  return out;
}
