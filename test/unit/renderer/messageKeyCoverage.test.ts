import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_KEYS, resources } from '@shared/i18n';

// Source scans: every stable message key the schemas and services emit has a label, and
// every literal key the renderer asks i18next for exists (a typo would show the raw key).

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full, pattern));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out;
}

function matches(files: string[], regex: RegExp): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(regex)) if (m[1]) found.add(m[1]);
  }
  return found;
}

function hasKey(key: string): boolean {
  let node: unknown = resources['zh-CN'].translation;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('message keys in the code', () => {
  const tsFiles = [...sourceFiles(path.join(ROOT, 'src/shared'), /\.ts$/), ...sourceFiles(path.join(ROOT, 'src/main'), /\.ts$/)];

  it('are all listed in FIELD_ERROR_KEYS', () => {
    const emitted = new Set([
      ...matches(tsFiles, /message: '([A-Za-z_]+(?:\.[A-Za-z_]+)*)'/g),
      ...matches(tsFiles, /fieldError\(\s*'[^']+',\s*'([^']+)'/g),
    ]);
    expect(emitted.size).toBeGreaterThan(10);
    const listed = new Set<string>(FIELD_ERROR_KEYS);
    expect([...emitted].filter((k) => !listed.has(k)).sort()).toEqual([]);
  });
});

describe('translation keys used by the renderer', () => {
  it('exist in the resources', () => {
    const files = sourceFiles(path.join(ROOT, 'src/renderer/src'), /\.tsx?$/);
    const used = matches(files, /\bt\(\s*'([a-zA-Z][\w.]*)'/g);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !hasKey(k)).sort()).toEqual([]);
  });
});
