import { describe, expect, it } from 'vitest';
import { checkEmail } from '@shared/domain/rules/email';

describe('checkEmail', () => {
  it.each([
    ['a@b.com', 'a@b.com'],
    ['zhang.san@qq.com', 'zhang.san@qq.com'],
    ["o'brien+tag@example.org", "o'brien+tag@example.org"],
    ['A.B@QQ.COM', 'A.B@qq.com'], // domain lower-cased, local part kept
    ['  hr@huawei.com \n', 'hr@huawei.com'],
    ['a＠qq．com', 'a@qq.com'], // IME full-width @ and . (NFKC)
    ['ｈｒ＠ｈｕａｗｅｉ．ｃｏｍ', 'hr@huawei.com'],
    ['a\u200B@b.com', 'a@b.com'],
    ['x@sub-domain.example.edu.cn', 'x@sub-domain.example.edu.cn'],
  ])('%j is valid as %s', (raw, normalized) => {
    expect(checkEmail(raw)).toEqual({ valid: true, normalized });
  });

  it.each([
    ['a@localhost', 'a@localhost'],
    ['a@qq。com', 'a@qq.com'], // ideographic full stop typed for '.'
    ['a@qq｡com', 'a@qq.com'], // half-width ideographic full stop, NFKC → 。
    ['a@mail.qq。com', 'a@mail.qq.com'],
  ])("%j is valid as %s with the 'domain-without-dot' warning", (raw, normalized) => {
    expect(checkEmail(raw)).toEqual({ valid: true, normalized, warning: 'domain-without-dot' });
  });

  it.each([
    '',
    'plainaddress',
    '@b.com',
    'a@',
    'a b@c.com',
    'a@b c.com',
    'a@b@c.com',
    'a@-b.com',
    'a@b-.com',
    'a@b..com',
    'a@.b.com',
    'a@b.com.',
    'a@b_c.com',
    '张三@qq.com', // WHATWG: ASCII local part only
    'a@例子.中国', // IDN must be entered as punycode
    `a@${'x'.repeat(64)}.com`, // label longer than 63
  ])('%j is invalid', (raw) => {
    expect(checkEmail(raw)).toEqual({ valid: false });
  });

  it('accepts a 63-character label', () => {
    const raw = `a@${'x'.repeat(63)}.com`;
    expect(checkEmail(raw)).toEqual({ valid: true, normalized: raw });
  });
});
