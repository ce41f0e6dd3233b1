import fs from 'node:fs';
import path from 'node:path';

// Bundled CJK fonts for printed output (reports, agreement documents). A fresh Linux box,
// and Electron on Linux, has no CJK font, so every PDF would be tofu without these.
// Fontsource ships each font as ~100 woff2 slices by unicode-range; a document only embeds
// the slices its own text needs, as data: URLs (the print window loads nothing else).
// Noto Serif JP is the fallback for characters outside the SC fonts (CJK Ext. B, e.g. 𠮷).

export type FontRole = 'sans' | 'serif';

/** CSS font-family names to use in templates; the fallback covers rare characters. */
export const FONT_STACK: Record<FontRole, string> = {
  sans: "'PD Sans', 'PD Rare', sans-serif",
  serif: "'PD Serif', 'PD Rare', serif",
};

interface FontSource {
  family: string;
  pkg: string;
}

const SOURCES: Record<FontRole | 'rare', FontSource> = {
  sans: { family: 'PD Sans', pkg: '@fontsource/noto-sans-sc' },
  serif: { family: 'PD Serif', pkg: '@fontsource/noto-serif-sc' },
  rare: { family: 'PD Rare', pkg: '@fontsource/noto-serif-jp' },
};

interface Slice {
  file: string;
  ranges: [number, number][];
}

const sliceCache = new Map<string, Slice[]>();
const dataUrlCache = new Map<string, string>();

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from ?? '', 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

/** The woff2 slices of one weight, read from fontsource's CSS. */
function slices(pkg: string, weight: number): Slice[] {
  const key = `${pkg}@${weight}`;
  const cached = sliceCache.get(key);
  if (cached) return cached;
  const dir = packageDir(pkg);
  const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  const result: Slice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) result.push({ file: path.join(dir, 'files', file), ranges: parseRanges(range) });
  }
  sliceCache.set(key, result);
  return result;
}

function covers(slice: Slice, cp: number): boolean {
  return slice.ranges.some(([from, to]) => cp >= from && cp <= to);
}

function dataUrl(file: string): string {
  let url = dataUrlCache.get(file);
  if (!url) {
    url = `data:font/woff2;base64,${fs.readFileSync(file).toString('base64')}`;
    dataUrlCache.set(file, url);
  }
  return url;
}

function codePoints(text: string): Set<number> {
  const set = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp !== undefined && cp > 0x7f) set.add(cp);
  }
  // Latin letters and digits are always needed (numbers, codes, page footers).
  for (let cp = 0x20; cp <= 0x7e; cp += 1) set.add(cp);
  return set;
}

function faces(source: FontSource, weight: number, wanted: Set<number>): { css: string; uncovered: Set<number> } {
  const all = slices(source.pkg, weight);
  const used = new Set<Slice>();
  const uncovered = new Set<number>();
  for (const cp of wanted) {
    const slice = all.find((s) => covers(s, cp));
    if (slice) used.add(slice);
    else uncovered.add(cp);
  }
  const css = [...used]
    .map(
      (s) =>
        `@font-face{font-family:'${source.family}';font-style:normal;font-weight:${weight};` +
        `src:url(${dataUrl(s.file)}) format('woff2');unicode-range:${s.ranges
          .map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
          .join(',')};}`,
    )
    .join('\n');
  return { css, uncovered };
}

/**
 * @font-face rules (data: URLs) for every slice that `text` needs, in the given roles and
 * weights, plus the rare-character fallback. Pass all text the document will show,
 * including headers and footers.
 */
export function fontFaceCss(text: string, roles: FontRole[], weights: number[] = [400, 700]): string {
  const wanted = codePoints(text);
  const parts: string[] = [];
  const rare = new Set<number>();
  for (const role of roles) {
    for (const weight of weights) {
      const { css, uncovered } = faces(SOURCES[role], weight, wanted);
      parts.push(css);
      for (const cp of uncovered) rare.add(cp);
    }
  }
  // Noto Serif JP ships weights 200–900; 400 serves every weight of the rare fallback.
  if (rare.size > 0) parts.push(faces(SOURCES.rare, 400, rare).css);
  return parts.filter((p) => p !== '').join('\n');
}
