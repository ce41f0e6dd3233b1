import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { DEFAULT_LANGUAGE, LANGUAGES, matchLanguage, resources, type Language } from '@shared/i18n';
import type { Translator } from '../components/errorText';

// One i18next instance for the renderer. Until settings:get answers (and on first start,
// before the user has chosen) the OS language is the best guess.
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: matchLanguage(typeof navigator === 'undefined' ? null : navigator.language),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  load: 'currentOnly',
  // React escapes text itself; escaping here too would show &quot; in partner names.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

// <html lang> follows the guess until the stored choice is applied (screen readers and
// CJK font selection depend on it).
if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();

/** The UI language as one of ours (i18next may report a fallback chain member). */
export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : DEFAULT_LANGUAGE;
}

/** Switches text, dates and `<html lang>` (screen readers pick their voice from it). */
export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  await i18n.changeLanguage(language);
}

/** The instance as the small interface the pure error/label helpers take. */
export const translator: Translator = {
  t: (key, options) => i18n.t(key, options ?? {}),
  exists: (key) => i18n.exists(key),
};
