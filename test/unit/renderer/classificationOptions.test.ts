import { describe, expect, it } from 'vitest';
import * as regions from '@shared/classifications/region';
import { industryCascaderOptions, industrySearch, regionCascaderOptions, suggestSearch } from '../../../src/renderer/src/features/partners/classificationOptions';

// The partner form's GB/T 4754 / GB/T 2260 cascades and their search (shared suggest functions).

const path = (...codes: string[]) => codes.map((value) => ({ value }));

describe('industry cascade', () => {
  it('goes 门类 → 大类 → 中类 → 小类, skipping a 小类 that only repeats its 中类', () => {
    const options = industryCascaderOptions();
    expect(options.map((o) => o.value).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const c36 = options.find((o) => o.value === 'C')?.children?.find((o) => o.value === '36');
    expect(c36?.label).toBe('36 汽车制造业');
    expect(c36?.children?.find((o) => o.value === '361')?.children?.map((o) => o.label)).toEqual(['3611 汽柴油车整车制造', '3612 新能源车整车制造']);
    // 362 汽车用发动机制造 has only 3620 of the same name: a leaf.
    expect(c36?.children?.find((o) => o.value === '362')?.children).toBeUndefined();
  });

  it('searches with suggestIndustries: 汽车 offers 36 汽车制造业 first', () => {
    const search = industrySearch();
    expect(search.filter('汽车', path('C', '36'))).toBe(true);
    expect(search.filter('汽车', path('C', '13'))).toBe(false);
    const sorted = [path('C', '36', '361'), path('C', '36')].sort((a, b) => search.sort(a, b, '汽车'));
    expect(sorted[0]?.map((o) => o.value)).toEqual(['C', '36']);
  });
});

describe('region cascade', () => {
  it('goes province → prefecture → county, 直辖市 districts directly under the city', () => {
    const options = regionCascaderOptions(regions);
    const beijing = options.find((o) => o.value === '110000');
    expect(beijing?.children?.find((o) => o.value === '110108')?.label).toBe('海淀区');
    const shenzhen = options.find((o) => o.value === '440000')?.children?.find((o) => o.value === '440300');
    expect(shenzhen?.children?.map((o) => o.value)).toContain('440305');
    expect(regionCascaderOptions(regions)).toBe(options);
  });

  it('searches with suggestRegions', () => {
    const search = suggestSearch((text) => regions.suggestRegions(text, 50));
    expect(search.filter('南山', path('440000', '440300', '440305'))).toBe(true);
    expect(search.filter('南山', path('110000', '110108'))).toBe(false);
  });
});
