import { resolveChoice } from '@shared/domain/choiceSynonyms';
import { ENUM_CATALOG, type EnumName, resources } from '@shared/i18n';

/**
 * The stored code for what a user typed, or null when it is none of the choices: the code,
 * either language's label (also split at '/') or a reviewed synonym (国企, 小微, 执行中…),
 * see src/shared/domain/choiceSynonyms.
 */
export function parseEnum(name: EnumName, text: string): string | null {
  return resolveChoice(name, text);
}

/** The Chinese labels, in code order: the template's drop-down list. */
export function zhLabels(name: EnumName): string[] {
  const labels = resources['zh-CN'].translation.enums[name] as Record<string, string>;
  return (ENUM_CATALOG[name] as readonly string[]).map((code) => labels[code] ?? code);
}
