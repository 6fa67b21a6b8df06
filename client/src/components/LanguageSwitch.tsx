import { useTranslation } from 'react-i18next';
import { setLanguage, type AppLanguage } from '../i18n/index.js';

/**
 * Switches vi ⇄ en; the choice is remembered and <html lang> follows it. Its name starts with the code
 * it shows ("EN (Chuyển sang Tiếng Anh)"), so a voice-control user can say what they see (WCAG 2.5.3),
 * and only the code is marked as the other language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: AppLanguage = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <button type="button" className="btn btn--ghost lang-switch" onClick={() => void setLanguage(next)}>
      <span lang={next}>{next === 'en' ? 'EN' : 'VI'}</span>{' '}
      <span className="visually-hidden">({t('language.switchTo', { language: t(`language.${next}`) })})</span>
    </button>
  );
}
