import { ENUM_CATALOG, type EnumName, resources } from '@shared/i18n';

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const cache = new Map<EnumName, Map<string, string>>();

/** Every way to write a code: the code itself and its labels in both languages, also split at '/'. */
function lookupOf(name: EnumName): Map<string, string> {
  const hit = cache.get(name);
  if (hit) return hit;
  const map = new Map<string, string>();
  for (const code of ENUM_CATALOG[name] as readonly string[]) {
    map.set(norm(code), code);
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const labels = resources[lang].translation.enums[name] as Record<string, string>;
      const label = labels[code];
      if (!label) continue;
      map.set(norm(label), code);
      for (const part of label.split(/[/／、]/)) if (part.trim() && !map.has(norm(part))) map.set(norm(part), code);
    }
  }
  cache.set(name, map);
  return map;
}

/** The stored code for what a user typed, or null when it is none of the choices. */
export function parseEnum(name: EnumName, text: string): string | null {
  return lookupOf(name).get(norm(text)) ?? null;
}

/** The Chinese labels, in code order: the template's drop-down list. */
export function zhLabels(name: EnumName): string[] {
  const labels = resources['zh-CN'].translation.enums[name] as Record<string, string>;
  return (ENUM_CATALOG[name] as readonly string[]).map((code) => labels[code] ?? code);
}
