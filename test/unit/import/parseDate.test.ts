import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseTextDate } from '../../../src/main/import/parseDate';
import { detectDelimiter, parseDelimited } from '../../../src/main/import/readers/csvReader';
import { moneyUnitOfHeader, readCell } from '../../../src/main/import/cellValue';

describe('dates', () => {
  it('converts 1900 serials around the leap-year bug and 1904 serials', () => {
    expect(excelSerialToIso(44260, false)).toBe('2021-03-05');
    expect(excelSerialToIso(42798, true)).toBe('2021-03-05');
    // Serial 60 is Excel's 1900-02-29, which never existed; below 1990 is out of range anyway.
    expect(excelSerialToIso(60, false)).toBeNull();
    expect(excelSerialToIso(61, false)).toBeNull();
    expect(excelSerialToIso(32874, false)).toBe('1990-01-01');
  });

  it('reads the four text styles, full-width digits, and refuses impossible or out-of-range dates', () => {
    for (const s of ['2021.3.5', '2021/3/5', '2021-03-05', '2021年3月5日', '２０２１年３月５日', '2021-03-05 00:00:00']) {
      expect(parseTextDate(s), s).toBe('2021-03-05');
    }
    for (const s of ['2021-02-30', '1989-12-31', '2101-01-01', '3/5/2021', '2021']) expect(parseTextDate(s), s).toBeNull();
  });
});

describe('cells', () => {
  const opts = { date1904: false, maxChars: 32_767 };
  it('refuses numbers and scientific notation in code columns, with advice', () => {
    expect(readCell({ t: 'n', v: 914403001922038300 }, 'code', opts)).toEqual({ ok: false, problem: 'codeAsNumber' });
    expect(readCell({ t: 's', v: '9.14403E+17' }, 'code', opts)).toEqual({ ok: false, problem: 'codeAsNumber' });
    expect(readCell({ t: 's', v: ' ９１４４\u200B０３\u00A0' }, 'code', opts)).toEqual({ ok: true, value: '914403' });
  });
  it('reads money in yuan into fen and refuses a third decimal', () => {
    expect(readCell({ t: 's', v: '¥1,234.50' }, 'money', opts)).toEqual({ ok: true, value: '123450' });
    expect(readCell({ t: 'n', v: 1.005 }, 'money', opts)).toEqual({ ok: false, problem: 'moneyInvalid' });
  });
  it('reads a column headed in 万元 in 万元, never as 元', () => {
    expect(moneyUnitOfHeader('设备总值（万元）')).toBe('wanyuan');
    expect(moneyUnitOfHeader('设备总值(万元)')).toBe('wanyuan');
    expect(moneyUnitOfHeader('设备总值(元)')).toBe('yuan');
    expect(moneyUnitOfHeader('金额')).toBe('yuan');
    const wan = { ...opts, moneyUnit: 'wanyuan' as const };
    expect(readCell({ t: 'n', v: 12.3456 }, 'money', wan)).toEqual({ ok: true, value: '12345600' });
    expect(readCell({ t: 's', v: '8万元' }, 'money', wan)).toEqual({ ok: true, value: '8000000' });
    expect(readCell({ t: 'n', v: 0.0000001 }, 'money', wan)).toEqual({ ok: false, problem: 'moneyInvalid' });
  });
});

describe('delimited text', () => {
  it('detects the delimiter and keeps quoted newlines and doubled quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n', false)).toBe(';');
    expect(detectDelimiter('标题\na\tb\n1\t2\n', true)).toBe('\t');
    expect(parseDelimited('a,"b\n""c"""\r\n1,2', ',')).toEqual([['a', 'b\n"c"'], ['1', '2']]);
  });
});
