import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fenToChineseUppercase,
  fenToWanyuan,
  fenToYuanString,
  formatFen,
  tryYuanToFen,
  yuanToFen,
} from '@shared/format/money';

const MAX = Number.MAX_SAFE_INTEGER;
const fenArb = fc.integer({ min: -MAX, max: MAX });

describe('yuanToFen', () => {
  it.each<[string | number, number]>([
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['0', 0],
    ['0.5', 50],
    ['0.05', 5],
    ['12', 1200],
    ['-12.30', -1230],
    ['+7', 700],
    ['007', 700],
    ['1,234,567', 123456700],
    ['¥1,234.56', 123456],
    ['￥ 1,234.56 元', 123456],
    ['１，２３４．５６', 123456], // full-width digits, comma and point (NFKC)
    [' 88.8 ', 8880],
    ['1.230', 123], // trailing zeros carry no value
    ['1.2300', 123],
    ['1\u200B00', 10000],
    ['90071992547409.91', MAX],
    ['-90071992547409.91', -MAX],
    [1234.56, 123456],
    [0.1, 10],
    [19.99, 1999],
    [-3.5, -350],
    [0, 0],
    [12345678.9, 1234567890],
  ])('%j → %i', (input, expected) => {
    expect(yuanToFen(input)).toBe(expected);
  });

  it.each(['-0', '-0.00', -0])('%j → +0, never -0', (input) => {
    expect(Object.is(yuanToFen(input), 0)).toBe(true);
  });

  it.each<string | number>([
    '1.234', // finer than a 分
    '0.001',
    '1,5', // European decimal comma, not 15
    '1,23,456',
    '12,345,67',
    ',123',
    '1.',
    '.5',
    '',
    ' ',
    'abc',
    '1e3',
    'NaN',
    'Infinity',
    '1.2.3',
    '--1',
    '1-',
    '12万',
    '90071992547409.92', // beyond MAX_SAFE_INTEGER 分
    '100000000000000000',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0.1 + 0.2, // 0.30000000000000004
    1.005,
    1e21,
    1e-7,
  ])('rejects %j', (input) => {
    expect(() => yuanToFen(input)).toThrow(RangeError);
    expect(tryYuanToFen(input)).toBeNull();
  });

  it('tryYuanToFen returns the amount when valid', () => {
    expect(tryYuanToFen('1,234.56')).toBe(123456);
  });
});

describe('fenToYuanString', () => {
  it.each([
    [123456, '1234.56'],
    [0, '0.00'],
    [-0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [MAX, '90071992547409.91'],
  ])('%i → %s', (fen, expected) => {
    expect(fenToYuanString(fen)).toBe(expected);
  });

  it.each([1.5, Number.NaN, 2 ** 53, Number.POSITIVE_INFINITY])('throws on %d', (fen) => {
    expect(() => fenToYuanString(fen)).toThrow(RangeError);
  });

  it('round-trips through yuanToFen for every safe integer', () => {
    fc.assert(fc.property(fenArb, (fen) => yuanToFen(fenToYuanString(fen)) === fen));
  });
});

describe('formatFen', () => {
  it.each<[number, 'yuan' | 'wanyuan', 'zh-CN' | 'en-US' | undefined, string]>([
    [123456789, 'yuan', undefined, '1,234,567.89'],
    [123456789, 'yuan', 'en-US', '1,234,567.89'],
    [-123456789, 'yuan', 'zh-CN', '-1,234,567.89'],
    [0, 'yuan', undefined, '0.00'],
    [5, 'yuan', undefined, '0.05'],
    [99999, 'yuan', undefined, '999.99'],
    [100000000, 'yuan', undefined, '1,000,000.00'],
    [MAX, 'yuan', undefined, '90,071,992,547,409.91'],
    [123456789, 'wanyuan', undefined, '123.46'],
    [123455000, 'wanyuan', undefined, '123.46'], // exactly half: up
    [123454999, 'wanyuan', undefined, '123.45'],
    [1000000, 'wanyuan', undefined, '1.00'],
    [5000, 'wanyuan', undefined, '0.01'],
    [4999, 'wanyuan', undefined, '0.00'],
    [-5000, 'wanyuan', undefined, '-0.01'], // half away from zero
    [-4999, 'wanyuan', undefined, '0.00'], // no '-0.00'
    [1234567890000, 'wanyuan', 'en-US', '1,234,567.89'],
  ])('%i in %s (%s) → %s', (fen, unit, locale, expected) => {
    expect(formatFen(fen, unit, locale)).toBe(expected);
  });

  it('throws on a non-integer', () => {
    expect(() => formatFen(0.5, 'yuan')).toThrow(RangeError);
  });

  it('yuan output parses back to the same 分', () => {
    fc.assert(fc.property(fenArb, (fen) => yuanToFen(formatFen(fen, 'yuan')) === fen));
  });

  it('wanyuan output agrees with fenToWanyuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(formatFen(fen, 'wanyuan').replace(/,/g, '')).toBe((fenToWanyuan(fen) + 0).toFixed(2).replace(/^-(0\.00)$/, '$1'));
      }),
    );
  });
});

describe('fenToWanyuan', () => {
  it.each([
    [123456789, 123.46],
    [123455000, 123.46],
    [123454999, 123.45],
    [1000000, 1],
    [5000, 0.01],
    [4999, 0],
    [-5000, -0.01],
    [-123455000, -123.46],
    [0, 0],
    [MAX, 9007199254.74],
  ])('%i 分 → %d 万元', (fen, expected) => {
    expect(fenToWanyuan(fen)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(fenToWanyuan(-4999), 0)).toBe(true);
  });

  it('throws on a non-integer', () => {
    expect(() => fenToWanyuan(1.5)).toThrow(RangeError);
  });

  it('is within half a step (5 000 分) of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(Math.abs(Math.round(fenToWanyuan(fen) * 100) * 10_000 - fen)).toBeLessThanOrEqual(5_000);
      }),
    );
  });
});

describe('fenToChineseUppercase', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [55, '伍角伍分'],
    [1000, '壹拾元整'],
    [10000, '壹佰元整'],
    [123456, '壹仟贰佰叁拾肆元伍角陆分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'], // PBOC example 1680.32 (the 零 is optional; we omit it)
    [32504, '叁佰贰拾伍元零肆分'], // 325.04
    [140950, '壹仟肆佰零玖元伍角'], // 1409.50
    [600714, '陆仟零柒元壹角肆分'], // 6007.14
    [10700053, '壹拾万柒仟元伍角叁分'], // 107000.53 (optional 零 omitted)
    [100005, '壹仟元零伍分'],
    [101000, '壹仟零壹拾元整'],
    [100070000, '壹佰万零柒佰元整'],
    [10000000100, '壹亿零壹元整'],
    [10001000000, '壹亿零壹万元整'],
    [100000000000, '壹拾亿元整'],
    [99999999999999, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i → %s', (fen, expected) => {
    expect(fenToChineseUppercase(fen)).toBe(expected);
  });

  it.each([1e14, -1e14, -1, -123456, 0.5])('throws on %d', (fen) => {
    expect(() => fenToChineseUppercase(fen)).toThrow(RangeError);
  });

  it('never writes two 零 in a row, nor ends with 零', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e14 - 1 }), (fen) => {
        const text = fenToChineseUppercase(fen);
        expect(text).not.toContain('零零');
        expect(text).not.toMatch(/零(元|整)?$/);
      }),
    );
  });
});
