import { LANGUAGES, type Language } from '../domain/enums';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

// Translation resources for every surface that speaks the user's language: the
// renderer, and later reports and documents rendered in main. Pure data, no i18next.
export { LANGUAGES, type Language };
export { ENUM_CATALOG, FIELD_ERROR_KEYS, ZOD_ISSUE_CODES, type EnumCode, type EnumName } from './enumCatalog';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  'en-US': { translation: enUS },
} as const satisfies Record<Language, { translation: unknown }>;

export type TranslationResource = typeof zhCN;

/** Best match for a BCP 47 tag such as navigator.language ('zh', 'zh-Hans-CN', 'en-GB'). */
export function matchLanguage(tag: string | null | undefined): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en-US';
  return DEFAULT_LANGUAGE;
}
