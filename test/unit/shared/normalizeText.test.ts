import { describe, expect, it } from 'vitest';
import { normalizeCode, normalizeForMatching, normalizeName } from '@shared/domain/rules/normalizeText';

describe('normalizeCode', () => {
  it.each([
    [' 9144 0300 1922 0382 16 ', '914403001922038216'],
    ['９１４４０３', '914403'],
    ['ab\u200Bc', 'abc'],
    ['a\u200C\u200Db', 'ab'],
    ['\uFEFFabc', 'abc'],
    ['a\u00A0b', 'ab'],
    ['a\u3000b', 'ab'], // ideographic space
    ['a\tb\nc', 'abc'],
    ['AbC', 'AbC'], // case kept
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it.each([
    ['  华为  技术 ', '华为 技术'],
    ['阿里巴巴（中国）网络技术有限公司', '阿里巴巴（中国）网络技术有限公司'], // full-width kept (NFC, not NFKC)
    ['ＡＢＣ科技', 'ＡＢＣ科技'],
    ['Foo\u00A0\u00A0Bar', 'Foo Bar'],
    ['Fo\u200Bo\uFEFF', 'Foo'],
    ['e\u0301cole', '\u00E9cole'], // NFC composes
    ['a\u3000b', 'a b'],
    ['a\r\n\tb', 'a b'],
    ['Foo Co., Ltd.', 'Foo Co., Ltd.'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('normalizeForMatching', () => {
  it.each([
    ['阿里巴巴（中国）网络技术有限公司', '阿里巴巴(中国)网络技术'],
    ['华为技术有限公司', '华为技术'],
    ['小米科技有限责任公司', '小米科技'],
    ['中国平安保险（集团）股份有限公司', '中国平安保险'],
    ['XX集团股份有限公司', 'xx'],
    ['海尔集团公司', '海尔'],
    ['中国石油天然气集团有限公司', '中国石油天然气'],
    ['华为 科技 有限 公司', '华为科技'],
    ['ＡＢＣ科技有限公司', 'abc科技'],
    ['【华为】技术', '(华为)技术'],
    ['〔华为〕技术', '(华为)技术'],
    ['IBM （中国） 有限公司', 'ibm(中国)'],
    ['Foo Co., Ltd.', 'foo'],
    ['Foo Co.,Ltd', 'foo'],
    ['FOO CO., LTD', 'foo'],
    ['Foo Company Limited', 'foo'],
    ['Foo Inc.', 'foo'],
    ['Foo Corporation', 'foo'],
    ['Foo LLC', 'foo'],
    ['Smith & Co.', 'smith'],
    ['北京 Foo Co., Ltd.', '北京foo'],
    ['Tesco', 'tesco'], // "co" inside a word is not a suffix
    ['Disco Ltd', 'disco'],
    ['华为技术有限公司深圳分公司', '华为技术有限公司深圳分'], // a branch stays distinct
    ['集团', '集团'], // never reduced to nothing
    ['有限公司', '有限公司'],
    ['Wei\u200Bchai\u00A0Power', 'weichaipower'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it.each([
    ['阿里巴巴（中国）网络技术有限公司', '阿里巴巴(中国)网络技术 有限公司'],
    ['华为技术有限公司', '华为技术'],
    ['[华为]技术', '【华为】技术'],
    ['Foo Co., Ltd.', 'FOO'],
    ['潍柴动力股份有限公司', '潍柴动力 有限公司'],
  ])('%j matches %j', (a, b) => {
    expect(normalizeForMatching(a)).toBe(normalizeForMatching(b));
  });

  it.each([
    ['华为技术有限公司深圳分公司', '华为技术有限公司'],
    ['华为技术', '华为'],
  ])('%j does not match %j', (a, b) => {
    expect(normalizeForMatching(a)).not.toBe(normalizeForMatching(b));
  });
});
