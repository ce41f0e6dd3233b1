import { describe, expect, it } from 'vitest';
import {
  INDUSTRY_COUNTS,
  industryByCode,
  industryChildren,
  industryDivisionOf,
  industryEntries,
  industryLabel,
  industryPath,
  industrySectionOf,
  resolveIndustry,
  suggestIndustries,
} from '@shared/classifications/industry';

// 门类 of each 大类 by code range (GB/T 4754-2017 table).
const SECTION_RANGES: [string, number, number][] = [
  ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50], ['F', 51, 52], ['G', 53, 60],
  ['H', 61, 62], ['I', 63, 65], ['J', 66, 69], ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79],
  ['O', 80, 82], ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
];

describe('GB/T 4754-2017 data', () => {
  it('has 20 门类, 97 大类, 473 中类 and (see resources/classifications/README.md) 1381 小类', () => {
    // The amended standard states 1382 小类: one is missing from the shipped source; when it
    // is added this count becomes 1382.
    expect(INDUSTRY_COUNTS).toEqual({ section: 20, division: 97, group: 473, class: 1381 });
    expect(new Set(industryEntries().map((e) => e.code)).size).toBe(industryEntries().length);
  });

  it('has the standard’s 大类/中类/小类 counts per 门类', () => {
    const counts = new Map<string, number[]>();
    for (const e of industryEntries()) {
      const c = counts.get(e.section) ?? [0, 0, 0];
      if (e.level !== 'section') c[['division', 'group', 'class'].indexOf(e.level)]! += 1;
      counts.set(e.section, c);
    }
    expect(Object.fromEntries([...counts].map(([k, v]) => [k, v.join('/')]))).toEqual({
      A: '5/24/72', B: '7/19/39', C: '31/179/609', D: '3/9/18', E: '4/18/44', F: '2/18/128', G: '8/27/67',
      H: '2/10/16', I: '3/17/34', J: '4/26/48', K: '1/5/5', L: '2/12/58', M: '3/19/48', N: '4/18/33',
      O: '3/16/32', P: '1/6/17', Q: '2/6/30', R: '5/27/48', S: '6/16/34', T: '1/1/1',
    });
  });

  it('puts every 大类 under the 门类 its code range belongs to, and every code under its parent', () => {
    for (const e of industryEntries().filter((x) => x.level === 'division')) {
      const n = Number(e.code);
      const range = SECTION_RANGES.find(([, from, to]) => n >= from && n <= to);
      expect([e.code, e.section]).toEqual([e.code, range?.[0]]);
      expect(e.parent).toBe(e.section);
    }
    for (const e of industryEntries().filter((x) => x.level === 'group' || x.level === 'class')) {
      const parent = industryByCode(e.parent);
      expect(parent?.section).toBe(e.section);
      expect(e.code.startsWith(parent?.code ?? '?')).toBe(true);
    }
    // Every 中类 has at least one 小类 (an undivided one repeats its name as xxx0).
    for (const g of industryEntries().filter((x) => x.level === 'group')) expect(industryChildren(g.code).length).toBeGreaterThan(0);
    expect(industryChildren(null).map((e) => e.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it.each([
    ['A', '农、林、牧、渔业', 'section', 'A'],
    ['01', '农业', 'division', 'A'],
    ['36', '汽车制造业', 'division', 'C'],
    ['39', '计算机、通信和其他电子设备制造业', 'division', 'C'],
    ['62', '餐饮业', 'division', 'H'],
    ['64', '互联网和相关服务', 'division', 'I'],
    ['65', '软件和信息技术服务业', 'division', 'I'],
    ['52', '零售业', 'division', 'F'],
    ['54', '道路运输业', 'division', 'G'],
    ['74', '专业技术服务业', 'division', 'M'],
    ['50', '建筑装饰、装修和其他建筑业', 'division', 'E'],
    ['361', '汽车整车制造', 'group', 'C'],
    ['3611', '汽柴油车整车制造', 'class', 'C'],
    ['3620', '汽车用发动机制造', 'class', 'C'],
    ['6513', '应用软件开发', 'class', 'I'],
    ['7271', '安全服务', 'class', 'L'],
    ['0111', '稻谷种植', 'class', 'A'],
    ['9700', '国际组织', 'class', 'T'],
  ])('%s is %s (%s of %s)', (code, name, level, section) => {
    expect(industryByCode(code)).toMatchObject({ code, name, level, section });
  });
});

describe('industry look-ups', () => {
  it('accepts prefixed and full-width codes and refuses a letter that is not the code’s 门类', () => {
    expect(industryByCode('C36')?.name).toBe('汽车制造业');
    expect(industryByCode('c3611')?.code).toBe('3611');
    expect(industryByCode('３６')?.code).toBe('36');
    expect(industryByCode('A36')).toBeNull();
    expect(industryByCode('98')).toBeNull();
    expect(industryByCode('36111')).toBeNull();
    expect(industryByCode('')).toBeNull();
  });

  it('gives path, label, 门类 and 大类', () => {
    expect(industryPath('3611').map((e) => e.code)).toEqual(['C', '36', '361', '3611']);
    expect(industryPath('x')).toEqual([]);
    expect(industryLabel('36')).toBe('36 汽车制造业');
    expect(industryLabel('C')).toBe('C 制造业');
    expect(industryLabel('98')).toBe('98');
    expect(industryLabel(null)).toBe('');
    expect(industrySectionOf('6513')).toBe('I');
    expect(industrySectionOf('98')).toBeNull();
    expect(industryDivisionOf('3611')).toBe('36');
    expect(industryDivisionOf('C36')).toBe('36');
    expect(industryDivisionOf('C')).toBeNull();
  });

  it.each([
    ['36', '36'],
    ['C3611', '3611'],
    ['汽车制造业', '36'],
    ['汽车制造', '36'],
    ['汽车制造行业', '36'],
    ['制造业', 'C'],
    ['制造', 'C'],
    ['软件和信息技术服务', '65'],
    ['软件和信息技术服务业', '65'],
    [' 汽车整车制造业 ', '361'],
    ['餐饮业', '62'],
    ['36 汽车制造业', '36'],
    ['C36汽车制造业', '36'],
    // One name for a chain (K 房地产业 / 70 房地产业): the most specific, which the partner stores.
    ['房地产业', '70'],
    ['汽车用发动机制造', '3620'],
  ])('resolves %s to %s', (text, code) => {
    expect(resolveIndustry(text)?.code).toBe(code);
  });

  it.each([['汽车'], ['不存在的行业'], [''], ['36 软件开发']])('does not resolve %s', (text) => {
    expect(resolveIndustry(text)).toBeNull();
  });

  it('suggests 36 汽车制造业 first for 汽车, and codes by prefix', () => {
    const cars = suggestIndustries('汽车');
    expect(cars[0]?.code).toBe('36');
    expect(cars.map((e) => e.code)).toContain('361');
    expect(cars).toHaveLength(8);
    // 362 and its only 小类 3620 share a name: offered once.
    const engines = suggestIndustries('汽车用发动机', 20).map((e) => e.code);
    expect(engines).toContain('362');
    expect(engines).not.toContain('3620');
    expect(suggestIndustries('361').map((e) => e.code)).toEqual(['361', '3611', '3612']);
    expect(suggestIndustries('C361').map((e) => e.code)).toEqual(['361', '3611', '3612']);
    expect(suggestIndustries('A361')).toEqual([]);
    // Equal matches: the higher level first (65 before 651 软件开发).
    expect(suggestIndustries('软件').slice(0, 2).map((e) => e.code)).toEqual(['65', '651']);
    expect(suggestIndustries('软件信息服务').map((e) => e.code)).toContain('65');
    expect(suggestIndustries('')).toEqual([]);
    expect(suggestIndustries('汽车', 3)).toHaveLength(3);
  });
});
