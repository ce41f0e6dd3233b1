import { describe, expect, it } from 'vitest';
import { fenToChineseUppercase, yuanToFen } from '@shared/format/money';

// 大写金额 by the PBOC rules for 票据和结算凭证 (issue 5). Inputs are yuan as typed, converted
// to fen exactly; the expected strings are written out by hand, not produced by the converter.
describe('大写金额 (fenToChineseUppercase)', () => {
  it.each([
    ['0', '零元整'],
    ['0.05', '伍分'],
    ['0.5', '伍角'],
    ['10', '壹拾元整'],
    ['10.5', '壹拾元伍角'],
    ['100', '壹佰元整'],
    ['1001', '壹仟零壹元整'],
    ['100000', '壹拾万元整'],
    ['100000000', '壹亿元整'],
    ['1234567.89', '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    ['325.04', '叁佰贰拾伍元零肆分'], // 角 is zero between 元 and 分: 零 required
    ['10000.01', '壹万元零壹分'],
    ['1010', '壹仟零壹拾元整'],
    ['1000010', '壹佰万零壹拾元整'],
    ['12000', '壹万贰仟元整'],
  ])('%s 元 → %s', (yuan, expected) => {
    expect(fenToChineseUppercase(yuanToFen(yuan))).toBe(expected);
  });

  it.each([-1, -5, -100, -123456789])('rejects the negative amount %i', (fen) => {
    expect(() => fenToChineseUppercase(fen)).toThrow(RangeError);
  });

  it('rejects amounts that are not whole fen', () => {
    expect(() => fenToChineseUppercase(10.5)).toThrow(RangeError);
  });
});
