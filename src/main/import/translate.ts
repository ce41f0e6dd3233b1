import { DEFAULT_LANGUAGE, type Language, resources } from '@shared/i18n';

/** i18n lookup in main (error report, CLI): dotted key, {{name}} placeholders; the key itself when missing. */
export function translate(language: Language | null, key: string, params: Record<string, string | number> = {}): string {
  const lang = language ?? DEFAULT_LANGUAGE;
  let node: unknown = resources[lang].translation;
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
