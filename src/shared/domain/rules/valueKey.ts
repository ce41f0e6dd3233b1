// The key under which a typed choice is looked up and remembered (value mapping, synonym
// tables): the same text written with full-width letters, another case, spaces or
// zero-width characters is the same answer. Brackets and 省/市 suffixes are NOT removed
// here: the classification lookups decide what a suffix means.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00A0\u3000\s]/g;

export function valueKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
}
