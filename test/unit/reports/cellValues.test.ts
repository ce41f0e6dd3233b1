import { describe, expect, it } from 'vitest';
import type { ReportColumn } from '../../../src/shared/domain/report';
import { displayText, headerLabel, neutraliseText, outputCell, sheetNameOf } from '../../../src/main/reports/render/cellValues';
import { cssString } from '../../../src/main/reports/render/reportHtml';

const col = (type: ReportColumn['type'], extra: Partial<ReportColumn> = {}): ReportColumn => ({ key: 'k', label: '列', type, ...extra });

describe('neutraliseText', () => {
  it.each(['=1', '+1', '-1', '@a', '\tx', '\rx', '\nx', '\0x'])('prefixes %j', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });
  it.each(['华为', '1-2', ' =1', "'=1", ''])('leaves %j alone', (text) => {
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('outputCell', () => {
  it('keeps numbers numeric, negative ones too, and never touches them with the prefix', () => {
    expect(outputCell(-5, col('integer'))).toEqual({ kind: 'number', value: -5, numFmt: '0', csv: '-5' });
    expect(outputCell(-12_345, col('money'))).toMatchObject({ value: -123.45, csv: '-123.45' });
    expect(outputCell(125_000, col('money', { moneyUnit: 'wanyuan' }))).toMatchObject({ value: 0.13, csv: '0.13', numFmt: '0.00' });
  });
  it('writes blanks for null and undefined, never 0', () => {
    for (const type of ['text', 'integer', 'money', 'date', 'yearMonth', 'boolean', 'ratio'] as const) {
      expect(outputCell(null, col(type))).toEqual({ kind: 'blank' });
      expect(outputCell(undefined, col(type))).toEqual({ kind: 'blank' });
    }
  });
  it('keeps codes as text even when a definition hands over a number', () => {
    expect(outputCell(123, col('integer', { code: true }))).toEqual({ kind: 'text', text: '123', code: true });
  });
  it('shows money in PDF with grouping and ratios as percent', () => {
    expect(displayText(123_456_789, col('money'))).toBe('1,234,567.89');
    expect(displayText(0.125, col('ratio'))).toBe('12.5%');
    expect(displayText('=1', col('text'))).toBe('=1');
    expect(displayText(true, col('boolean'))).toBe('是');
  });
});

describe('headerLabel and sheetNameOf', () => {
  it('puts the unit in full-width brackets, 元/万元 for money', () => {
    expect(headerLabel(col('integer', { label: '订单培养数', unit: '人' }))).toBe('订单培养数（人）');
    expect(headerLabel(col('money', { label: '捐赠', moneyUnit: 'wanyuan' }))).toBe('捐赠（万元）');
    expect(headerLabel(col('text', { label: '名称' }))).toBe('名称');
  });
  it('sanitises, cuts to 31 characters and keeps names unique', () => {
    const taken = new Set<string>();
    const long = '一二三四五六七八九十'.repeat(4);
    expect(sheetNameOf('a:b\\c/d?e*f[g]h', taken)).toBe('a_b_c_d_e_f_g_h');
    expect(sheetNameOf(long, taken)).toBe(long.slice(0, 31));
    expect(sheetNameOf(long, taken)).toBe(`${long.slice(0, 28)}(2)`);
    expect(sheetNameOf("'x'", taken)).toBe('x');
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes, newlines and angle brackets', () => {
    expect(cssString('a"b\\c\nd</style>')).toBe('"a\\22 b\\5c c\\a d\\3c /style\\3e "');
  });
});
