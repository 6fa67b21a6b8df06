import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, vi } from './resources.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'ketnoi.lang';

function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Vietnamese unless the user chose English before (remembered in localStorage). */
export function storedLanguage(): AppLanguage {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isAppLanguage(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export function initI18n(lng: AppLanguage = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng,
      fallbackLng: 'vi',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false, // resources are bundled: initialise synchronously, no flash of keys
      returnNull: false,
    });
    i18next.on('languageChanged', applyLanguage);
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng);
  }
  applyLanguage(lng);
  return i18next;
}

export async function setLanguage(lng: AppLanguage): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18next.changeLanguage(lng);
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18next.language) ? i18next.language : 'vi';
}
