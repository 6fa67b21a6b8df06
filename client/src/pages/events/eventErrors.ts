// Refusals of the events API in words that say what happened. A 409 from these routes always has
// one cause among a few (already registered, registration closed, the meeting limit…); the details
// the server sends tell which. Anything else reads as every other error of the app.
import { createElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';

type Details = Record<string, unknown>;

export function eventErrorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error) || error.status !== 409 || error.code === 'invalid_transition') return errorMessage(error, t);
  const details = (error.details && typeof error.details === 'object' ? error.details : {}) as Details;
  if ('maxPerParticipant' in details) return t('events.errors.meetingLimit', { max: details.maxPerParticipant });
  if ('registrationId' in details)
    return details.status === 'waitlisted' ? t('events.errors.alreadyWaitlisted') : t('events.errors.alreadyRegistered');
  if ('opensAt' in details || 'closesAt' in details) return t('events.errors.registrationClosed');
  if (details.profile === 'missing') return t('events.errors.needProfile');
  if ('status' in details && typeof details.status === 'string')
    return t('events.errors.eventStatus', { status: t(`events.status.${details.status}`) });
  // The server's own sentence is English; Vietnamese readers get the general one.
  return t('events.errors.conflict', { detail: error.message });
}

export function EventFormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return createElement('p', { className: 'form-error', role: 'alert' }, eventErrorMessage(error, t));
}
