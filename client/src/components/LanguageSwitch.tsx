import { useTranslation } from 'react-i18next';
import { setLanguage, type AppLanguage } from '../i18n/index.js';

/** Switches vi ⇄ en; the choice is remembered and <html lang> follows it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: AppLanguage = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <button
      type="button"
      className="btn btn--ghost lang-switch"
      onClick={() => void setLanguage(next)}
      aria-label={t('language.switchTo', { language: t(`language.${next}`) })}
      lang={next}
    >
      {next === 'en' ? 'EN' : 'VI'}
    </button>
  );
}
