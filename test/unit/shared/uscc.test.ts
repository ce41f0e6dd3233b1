import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  USCC_CHARSET,
  checkUscc,
  isUsccFormat,
  normalizeUscc,
  organisationCodeCheckChar,
  usccCheckChar,
} from '@shared/domain/rules/uscc';

// Public vectors from reliability.md §12; all pass the check and the inner check.
const PUBLIC_VECTORS = [
  '914403001922038216', // 华为技术有限公司
  '91330100716105852F', // 阿里巴巴（中国）网络技术有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '12100000400000624D', // 清华大学
] as const;

const DIGITS = '0123456789';
const charOf = (alphabet: string) => fc.constantFrom(...alphabet.split(''));
// A body with the USCC layout: 2 charset chars, 6-digit division code, 9 charset chars.
const validBody = fc
  .tuple(
    fc.array(charOf(USCC_CHARSET), { minLength: 2, maxLength: 2 }),
    fc.array(charOf(DIGITS), { minLength: 6, maxLength: 6 }),
    fc.array(charOf(USCC_CHARSET), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

describe('USCC_CHARSET', () => {
  it('has the 31 GB 32100 characters without I, O, S, V, Z', () => {
    expect(USCC_CHARSET).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
    expect(USCC_CHARSET).toHaveLength(31);
  });
});

describe('normalizeUscc', () => {
  it.each([
    ['91330100716105852f', '91330100716105852F'],
    ['  9144 0300 1922 0382 16 ', '914403001922038216'],
    ['９１３３０１００７１６１０５８５２Ｆ', '91330100716105852F'],
    ['9133\u200B0100716105852F\uFEFF', '91330100716105852F'],
    ['9133\u00A00100716105852F', '91330100716105852F'],
    ['9133\u30000100716105852F', '91330100716105852F'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeUscc(raw)).toBe(expected);
  });
});

describe('checkUscc', () => {
  it.each(PUBLIC_VECTORS)('accepts public vector %s with no inner-check warning', (code) => {
    expect(checkUscc(code)).toEqual({ valid: true, normalized: code, innerCheckWarning: false });
  });

  it.each(PUBLIC_VECTORS)('computes the check character of %s', (code) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('rejects an altered check character, naming the expected one', () => {
    expect(checkUscc('914403001922038217')).toEqual({
      valid: false,
      normalized: '914403001922038217',
      reason: 'check',
      expectedCheckChar: '6',
    });
  });

  it('rejects the number-mangled 914403001922038300 (Excel precision loss) on the check', () => {
    expect(checkUscc('914403001922038300')).toEqual({
      valid: false,
      normalized: '914403001922038300',
      reason: 'check',
      expectedCheckChar: '4',
    });
  });

  it("fails the pilot code 91350100M0001TGQXM on 'check' with expected '1'", () => {
    expect(checkUscc('91350100M0001TGQXM')).toEqual({
      valid: false,
      normalized: '91350100M0001TGQXM',
      reason: 'check',
      expectedCheckChar: '1',
    });
  });

  it.each([
    ['91440300192203821', '17 characters'],
    ['9144030019220382161', '19 characters'],
    ['', 'empty'],
    ['I14403001922038216', 'I at position 1'],
    ['91440300192203821O', 'O at position 18'],
    ['9144030019220S8216', 'S inside'],
    ['91V403001922038216', 'V inside the division code'],
    ['914403001922038Z16', 'Z inside'],
    ['91A403001922038216', 'letter in the 6-digit division code'],
    ['9144030019220382-6', 'punctuation'],
  ])("rejects %j (%s) as 'format'", (raw) => {
    const result = checkUscc(raw);
    expect(result.valid).toBe(false);
    expect(result).toMatchObject({ reason: 'format' });
    expect(result).not.toHaveProperty('expectedCheckChar');
  });

  it('rejects raw lowercase by format, but accepts it once normalized', () => {
    const raw = '91330100716105852f';
    expect(isUsccFormat(raw)).toBe(false);
    expect(isUsccFormat(normalizeUscc(raw))).toBe(true);
    // checkUscc normalizes first and returns the stored form.
    expect(checkUscc(raw)).toEqual({ valid: true, normalized: '91330100716105852F', innerCheckWarning: false });
  });

  it('accepts full-width, spaced input and returns the normalized code', () => {
    expect(checkUscc(' ９１４４ ０３００ １９２２ ０３８２ １６ ')).toEqual({
      valid: true,
      normalized: '914403001922038216',
      innerCheckWarning: false,
    });
  });

  it('warns (still valid) when the embedded GB 11714 organisation code fails its check', () => {
    // 华为's body with character 17 changed from 1 to 2, then a correct USCC check char.
    expect(checkUscc('914403001922038229')).toEqual({
      valid: true,
      normalized: '914403001922038229',
      innerCheckWarning: true,
    });
  });
});

describe('usccCheckChar', () => {
  it.each([
    ['00000000000000000', '0'],
    ['Y0000000000000000', '1'],
    ['91350100M0001TGQX', '1'],
  ])('%s → %s', (body, expected) => {
    expect(usccCheckChar(body)).toBe(expected);
  });

  it.each(['9144030019220382', '914403001922038216', '9144030019220382I'])('throws on %j', (body) => {
    expect(() => usccCheckChar(body)).toThrow(RangeError);
  });

  it('appending the check char makes any valid body valid; any other last char fails the check', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        const check = usccCheckChar(body);
        const result = checkUscc(body + check);
        expect(result.valid).toBe(true);
        for (const other of USCC_CHARSET.replace(check, '')) {
          expect(checkUscc(body + other)).toEqual({
            valid: false,
            normalized: body + other,
            reason: 'check',
            expectedCheckChar: check,
          });
        }
      }),
    );
  });

  it('detects every single-character substitution in the body (31 is prime, weights non-zero)', () => {
    fc.assert(
      fc.property(validBody, fc.nat(16), fc.nat(30), (body, index, shift) => {
        const alphabet = index >= 2 && index <= 7 ? DIGITS : USCC_CHARSET;
        const current = alphabet.indexOf(body.charAt(index));
        const replacement = alphabet.charAt((current + 1 + (shift % (alphabet.length - 1))) % alphabet.length);
        const mutated = body.slice(0, index) + replacement + body.slice(index + 1);
        expect(checkUscc(mutated + usccCheckChar(body))).toMatchObject({ valid: false, reason: 'check' });
      }),
    );
  });
});

describe('organisationCodeCheckChar (GB 11714)', () => {
  it('matches the embedded organisation codes of the public vectors', () => {
    // 华为 914403001922038216: organisation code 19220382-1; 百度 91110000802100433B: 80210043-3.
    expect(organisationCodeCheckChar('19220382')).toBe('1');
    expect(organisationCodeCheckChar('80210043')).toBe('3');
  });
  it('rejects a body of the wrong length', () => {
    expect(() => organisationCodeCheckChar('1234567')).toThrow(RangeError);
  });
});
