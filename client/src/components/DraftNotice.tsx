import { useTranslation } from 'react-i18next';
import type { Draft } from '../lib/useDraft.js';

/**
 * Says the form holds text restored from before the tab was reloaded, with a way to start over
 * (the form resets its fields in `onDiscard`) or just hide the note.
 */
export function DraftNotice({ draft, onDiscard }: { draft: Pick<Draft<unknown>, 'noticeShown' | 'dismiss'>; onDiscard: () => void }) {
  const { t } = useTranslation();
  if (!draft.noticeShown) return null;
  return (
    <div className="notice draft-notice" role="status">
      <p>{t('drafts.restored')}</p>
      <div className="draft-notice__actions">
        <button type="button" className="btn btn--ghost btn--small" onClick={onDiscard}>
          {t('drafts.discard')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={draft.dismiss} aria-label={t('drafts.dismissLabel')}>
          {t('drafts.dismiss')}
        </button>
      </div>
    </div>
  );
}
