import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionChildren } from '@shared/classifications/region';
import { createCore, type Core } from '../../../src/main/core';
import { makeTempDir } from '../../helpers/tempDir';

// The sample data reads like a real office's: place names as they are (深圳 is a city of
// 广东省, so never "深圳省"), and a programme's name says what it is.

const PROVINCES = regionChildren(null)
  .map((r) => r.name)
  .filter((name) => name.endsWith('省'));

/** Every "…省" in a text that is not a province's name (省级 is a level, not a place). */
function wrongProvinces(text: string): string[] {
  const wrong: string[] = [];
  for (let at = text.indexOf('省'); at >= 0; at = text.indexOf('省', at + 1)) {
    if (text[at + 1] === '级') continue;
    const before = text.slice(0, at + 1);
    if (!PROVINCES.some((p) => before.endsWith(p))) wrong.push(text.slice(Math.max(0, at - 4), at + 1));
  }
  return wrong;
}

let core: Core;

beforeAll(async () => {
  core = await createCore({ dataDir: makeTempDir(), clock: () => new Date('2026-11-28T02:00:00Z'), actor: 'seed-test' });
  await core.services.seed.sample({ mode: 'sample' });
}, 120_000);
afterAll(() => core.close());

const texts = (sql: string): string[] => (core.database.sqlite.prepare(sql).pluck().all() as (string | null)[]).filter((v): v is string => v !== null);

describe('sample data wording', () => {
  it('names places correctly: a province only where there is one (no 深圳省)', () => {
    expect(wrongProvinces('深圳省智能制造行业协会')).toEqual(['深圳省']);
    expect(wrongProvinces('广东省智能制造行业协会，省级产教融合型企业')).toEqual([]);
    const all = [
      ...texts('select full_name from organisation'),
      ...texts('select address from organisation'),
      ...texts('select region_name from organisation'),
      ...texts('select title from agreement'),
      ...texts('select display_name from agreement_party'),
      ...texts('select name from internship_base'),
      ...texts('select plaque_name from internship_base'),
      ...texts('select name from order_class'),
      ...texts('select name from funding_source'),
    ];
    expect(all.length).toBeGreaterThan(100);
    expect(all.flatMap(wrongProvinces)).toEqual([]);
    expect(texts('select full_name from organisation')).toContain('广东省智能制造行业协会');
  });

  it('names an on-campus base as one, and cuts no word in a programme name', () => {
    const bases = core.database.sqlite.prepare('select name, kind from internship_base').all() as { name: string; kind: string }[];
    expect(bases.filter((b) => b.kind !== 'external' && b.name.includes('校外'))).toEqual([]);
    expect(bases.filter((b) => b.kind === 'external').every((b) => b.name.endsWith('校外实习基地'))).toBe(true);
    // 新能源 and 供应链 are the business words whose first two characters are no word.
    const names = [...bases.map((b) => b.name), ...texts('select name from order_class')];
    expect(names.filter((n) => /新能(?!源)|供应(?!链)/.test(n))).toEqual([]);
  });
});
