import type { TFunction } from 'i18next';
import type { FieldIssue } from '@ketnoi/contract';
import { isApiError, isKnownErrorCode } from './http.js';

/** A readable, translated sentence for any error thrown by the API client. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (isKnownErrorCode(error.code)) return t(`errors.${error.code}`);
    return error.message || t('errors.unknown');
  }
  return t('errors.unknown');
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
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!isApiError(error) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.details as unknown[]) {
    if (isFieldIssue(issue) && !(issue.path in out)) out[issue.path] = issueMessage(issue, t);
  }
  return out;
}
