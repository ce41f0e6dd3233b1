import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

// The packager drops font files the app never reads (~250 MB installed). This checks the
// exclusions against what src/main/pdf/fonts.ts reads: the 400/700 CSS of the SC fonts and
// their woff2 slices, and Noto Serif JP 400. (The renderer bundles its fonts through Vite.)

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const config = require(path.join(ROOT, 'electron-builder.config.cjs')) as { files: string[] };
const excludes = config.files.filter((f) => f.startsWith('!') && f.includes('@fontsource')).map((f) => f.slice(1));

const NEEDED: Record<string, number[]> = {
  'noto-sans-sc': [400, 700],
  'noto-serif-sc': [400, 700],
  'noto-serif-jp': [400],
};

function excluded(relative: string): boolean {
  return excludes.some((glob) => minimatch(relative, glob, { dot: true }));
}

function woff2InCss(pkg: string, weight: number): string[] {
  const css = fs.readFileSync(path.join(ROOT, 'node_modules/@fontsource', pkg, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((m) => m[1] ?? '');
}

describe('font files in the package', () => {
  it('keeps every CSS file and every woff2 slice fonts.ts can embed', () => {
    for (const [pkg, weights] of Object.entries(NEEDED)) {
      const dir = `node_modules/@fontsource/${pkg}`;
      for (const css of fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.css'))) {
        expect(excluded(`${dir}/${css}`), css).toBe(false);
      }
      for (const weight of weights) {
        const files = woff2InCss(pkg, weight);
        expect(files.length).toBeGreaterThan(50);
        expect(files.filter((f) => excluded(`${dir}/files/${f}`))).toEqual([]);
      }
    }
  });

  it('drops the woff files and unused weights, leaving well under 100 MB', () => {
    let kept = 0;
    let dropped = 0;
    for (const pkg of Object.keys(NEEDED)) {
      const dir = `node_modules/@fontsource/${pkg}/files`;
      for (const file of fs.readdirSync(path.join(ROOT, dir))) {
        const size = fs.statSync(path.join(ROOT, dir, file)).size;
        if (excluded(`${dir}/${file}`)) dropped += size;
        else {
          kept += size;
          expect(file.endsWith('.woff2'), file).toBe(true);
        }
      }
    }
    expect(kept).toBeLessThan(100 * 1024 * 1024);
    expect(dropped).toBeGreaterThan(kept);
  });
});
