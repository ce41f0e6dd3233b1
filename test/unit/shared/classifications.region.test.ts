import { describe, expect, it } from 'vitest';
import {
  REGION_COUNTS,
  regionByCode,
  regionChildren,
  regionEntries,
  regionFromUscc,
  regionFullName,
  regionPath,
  resolveRegion,
  suggestRegions,
} from '@shared/classifications/region';

describe('GB/T 2260 data', () => {
  it('has the provinces, prefectures and counties of the 2023 edition and no towns', () => {
    expect(REGION_COUNTS.province).toBe(34);
    expect(REGION_COUNTS.prefecture).toBe(333);
    expect(REGION_COUNTS.county).toBe(2975);
    expect(regionEntries().every((e) => /^\d{6}$/.test(e.code))).toBe(true);
    // The 市辖区 / 县 grouping rows of the 直辖市 are not entries.
    expect(regionEntries().some((e) => e.name === '市辖区' || e.name.endsWith('直辖县级行政区划'))).toBe(false);
  });

  it('hangs districts of a 直辖市 directly under it', () => {
    expect(regionByCode('110108')).toMatchObject({ name: '海淀区', level: 'county', parent: '110000', fullName: '北京市海淀区' });
    expect(regionByCode('110100')).toBeNull();
    expect(regionChildren('110000').map((e) => e.name)).toContain('朝阳区');
    expect(regionByCode('440305')?.fullName).toBe('广东省深圳市南山区');
    expect(regionByCode('440300')).toMatchObject({ level: 'prefecture', parent: '440000' });
    expect(regionByCode('419001')).toMatchObject({ name: '济源市', parent: '410000' });
    expect(regionByCode('441900')).toMatchObject({ name: '东莞市', level: 'prefecture', parent: '440000' });
    expect(regionEntries().every((e) => e.parent !== e.code)).toBe(true);
    expect(regionPath('440305').map((e) => e.code)).toEqual(['440000', '440300', '440305']);
    expect(regionFullName('810000')).toBe('香港特别行政区');
    expect(regionFullName('999999')).toBeNull();
  });
});

describe('resolveRegion', () => {
  it.each([
    ['440300', '440300'],
    ['广东', '440000'],
    ['广东省', '440000'],
    ['深圳', '440300'],
    ['深圳市', '440300'],
    ['广东深圳', '440300'],
    ['广东省深圳市', '440300'],
    ['广东省 深圳市 南山区', '440305'],
    ['深圳南山', '440305'],
    ['北京', '110000'],
    ['北京市', '110000'],
    ['北京市海淀区', '110108'],
    ['海淀区', '110108'],
    ['海淀', '110108'],
    ['北京朝阳区', '110105'],
    ['长春市朝阳区', '220104'],
    ['广西', '450000'],
    ['广西壮族自治区', '450000'],
    ['新疆', '650000'],
    ['内蒙古', '150000'],
    ['香港', '810000'],
    ['延边', '222400'],
    ['吉林市', '220200'],
    ['湖北省恩施土家族苗族自治州', '422800'],
    ['恩施', '422800'],
    ['恩施市', '422801'],
    ['吉林', '220000'],
  ])('%s → %s', (text, code) => {
    expect(resolveRegion(text)?.code).toBe(code);
  });

  it.each([['朝阳区'], ['海南'], ['不存在'], [''], ['123456']])('%s is ambiguous or unknown', (text) => {
    expect(resolveRegion(text)).toBeNull();
  });
});

describe('suggestRegions and regionFromUscc', () => {
  it('suggests by name and code', () => {
    expect(suggestRegions('深圳')[0]?.code).toBe('440300');
    expect(suggestRegions('朝阳').map((e) => e.fullName)).toEqual(expect.arrayContaining(['北京市朝阳区', '吉林省长春市朝阳区']));
    expect(suggestRegions('4403', 3).map((e) => e.code)).toEqual(['440300', '440303', '440304']);
    expect(suggestRegions('')).toEqual([]);
  });

  it('reads the registering authority from characters 3–8, falling back to prefecture and province', () => {
    expect(regionFromUscc('91440300192203821D')?.fullName).toBe('广东省深圳市');
    expect(regionFromUscc('91110108MA01ABCD2X')?.fullName).toBe('北京市海淀区');
    expect(regionFromUscc('913301001234567890')?.name).toBe('杭州市');
    // 440399 is no division: its prefecture 440300; 449999 falls back to the province.
    expect(regionFromUscc('914403991234567890')?.code).toBe('440300');
    expect(regionFromUscc('914499991234567890')?.code).toBe('440000');
    expect(regionFromUscc('91999999123456789X')).toBeNull();
    expect(regionFromUscc('９１４４０３００１９２２０３８２１Ｄ')?.code).toBe('440300');
    expect(regionFromUscc('91')).toBeNull();
    expect(regionFromUscc(null)).toBeNull();
  });
});
