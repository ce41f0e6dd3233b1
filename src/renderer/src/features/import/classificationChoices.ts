import { useEffect, useState } from 'react';
import type * as Classifications from '@shared/classifications';
import type { ChoiceOption } from './valueMappingModel';

// Options of the industry (GB/T 4754) and region (GB/T 2260) pickers: what the shared
// classification lookups suggest for a text, labelled with code and full name. The tables
// are loaded on first use (a separate chunk), not with the wizard.

export type ClassificationKind = 'industry' | 'region';
export type ClassificationLookups = Pick<typeof Classifications, 'industryLabel' | 'suggestIndustries' | 'suggestRegions' | 'regionFullName'>;

const MAX_OPTIONS = 30;

let loading: Promise<ClassificationLookups> | null = null;

export function loadClassifications(): Promise<ClassificationLookups> {
  loading ??= import('@shared/classifications');
  return loading;
}

/** The lookups once loaded; null meanwhile (or when they failed to load). */
export function useClassifications(): ClassificationLookups | null {
  const [lookups, setLookups] = useState<ClassificationLookups | null>(null);
  useEffect(() => {
    let alive = true;
    loadClassifications().then(
      (l) => alive && setLookups(l),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  return lookups;
}

/** '36 汽车制造业', '440305 广东省深圳市南山区'; an unknown code as it is. */
export function classificationLabel(lookups: ClassificationLookups | null, kind: ClassificationKind, code: string): string {
  if (!lookups) return code;
  if (kind === 'industry') return lookups.industryLabel(code);
  const name = lookups.regionFullName(code);
  return name ? `${code} ${name}` : code;
}

/** Suggestions for a text (the typed search, else the file's value), the current choice first. */
export function classificationOptions(
  lookups: ClassificationLookups | null,
  kind: ClassificationKind,
  text: string,
  current: readonly (string | null)[] = [],
): ChoiceOption[] {
  const found = lookups ? (kind === 'industry' ? lookups.suggestIndustries(text, MAX_OPTIONS) : lookups.suggestRegions(text, MAX_OPTIONS)) : [];
  const codes = [...new Set([...current.filter((c): c is string => c !== null), ...found.map((s) => s.code)])].slice(0, MAX_OPTIONS);
  return codes.map((code) => ({ value: code, label: classificationLabel(lookups, kind, code) }));
}
