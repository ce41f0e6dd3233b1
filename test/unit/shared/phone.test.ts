import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChinesePhone, maskPhone, type PhoneCheck } from '@shared/domain/rules/phone';

const mobile = (e164: string | null, display: string): PhoneCheck => ({ valid: true, kind: 'mobile', e164, display });
const landline = (e164: string | null, display: string): PhoneCheck => ({ valid: true, kind: 'landline', e164, display });
const service = (e164: string | null, display: string): PhoneCheck => ({ valid: true, kind: 'service', e164, display });

describe('checkChinesePhone: mobiles', () => {
  const m = mobile('+8613812345678', '138 1234 5678');
  it.each([
    ['13812345678', m],
    ['138 1234 5678', m],
    ['138-1234-5678', m],
    ['+86 138 1234 5678', m],
    ['+86-13812345678', m],
    ['0086 13812345678', m],
    ['(+86)13812345678', m],
    ['8613812345678', m], // Excel dropped the '+'
    ['１３８１２３４５６７８', m], // full-width digits (NFKC)
    ['138\u200B1234\u00A05678', m],
    ['19912345678', mobile('+8619912345678', '199 1234 5678')],
    ['16212345678', mobile('+8616212345678', '162 1234 5678')],
    // Right shape, but the frozen numbering plan does not know 140 (IoT data SIMs):
    // still valid so new ranges are never rejected; E.164 unconfirmed.
    ['14012345678', mobile(null, '140 1234 5678')],
  ])('%j', (raw, expected) => {
    expect(checkChinesePhone(raw)).toEqual(expected);
  });
});

describe('checkChinesePhone: landlines', () => {
  const beijing = landline('+861012345678', '010-12345678');
  it.each([
    ['010-12345678', beijing],
    ['01012345678', beijing],
    ['(010)12345678', beijing],
    ['（010）1234 5678', beijing],
    ['010—12345678', beijing], // IME em dash
    ['010－12345678', beijing], // full-width hyphen
    ['010-1234-5678', beijing],
    ['+86 10 1234 5678', beijing], // international form drops the trunk 0
    ['+86 (0)10 1234 5678', beijing],
    ['021-12345678', landline('+862112345678', '021-12345678')],
    ['0755-12345678', landline('+8675512345678', '0755-12345678')],
    ['+86 755 1234 5678', landline('+8675512345678', '0755-12345678')],
    ['0755-8888-8888', landline('+8675588888888', '0755-88888888')],
    ['0991-1234567', landline('+869911234567', '0991-1234567')], // 7-digit subscribers exist in 0991
    ['010-12345678-123', landline('+861012345678', '010-12345678-123')],
    ['010-12345678转123', landline('+861012345678', '010-12345678-123')],
    ['010-12345678 分机 8', landline('+861012345678', '010-12345678-8')],
    ['010-12345678 ext. 88', landline('+861012345678', '010-12345678-88')],
    ['010-12345678x9', landline('+861012345678', '010-12345678-9')],
    ['0755-12345678-123456', landline('+8675512345678', '0755-12345678-123456')],
  ])('%j', (raw, expected) => {
    expect(checkChinesePhone(raw)).toEqual(expected);
  });
});

describe('checkChinesePhone: service numbers', () => {
  it.each([
    ['400-123-4567', service('+864001234567', '400-123-4567')],
    ['4001234567', service('+864001234567', '400-123-4567')],
    ['400 1234 567', service('+864001234567', '400-123-4567')],
    ['800-123-4567', service('+868001234567', '800-123-4567')],
  ])('%j', (raw, expected) => {
    expect(checkChinesePhone(raw)).toEqual(expected);
  });
});

describe('checkChinesePhone: rejects', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'letters'],
    ['12812345678', 'mobile prefix 12'],
    ['1381234567', 'mobile one digit short'],
    ['138123456789', 'mobile one digit long'],
    ['138****5678', 'an already masked number'],
    ['13812345678转1', 'mobile with an extension'],
    ['12345678', 'landline without area code'],
    ['010-1234567', 'Beijing has 8-digit subscribers'],
    ['0755-1234567', 'Shenzhen has 8-digit subscribers'],
    ['0311-1234567', 'Shijiazhuang has 8-digit subscribers'],
    ['010-123456789', 'subscriber too long'],
    ['010-12345678-1234567', 'extension longer than 6 digits'],
    ['010--12345678', 'double dash'],
    ['-01012345678', 'leading dash'],
    ['4001234', 'service number too short'],
    ['+1 650 253 0000', 'foreign number'],
    ['+852 2123 4567', 'Hong Kong (not the mainland plan)'],
  ])('%j (%s)', (raw) => {
    expect(checkChinesePhone(raw)).toEqual({ valid: false });
  });

  it('accepts every ^1[3-9]\\d{9}$ mobile regardless of the metadata', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }), (second, rest) => {
        const digits = `1${second}${String(rest).padStart(9, '0')}`;
        const result = checkChinesePhone(digits);
        expect(result).toMatchObject({ valid: true, kind: 'mobile' });
        if (result.valid && result.e164 !== null) expect(result.e164).toBe(`+86${digits}`);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['010-12345678', '010-****5678'],
    ['010-12345678-123', '010-****5678'], // the extension is dropped too
    ['0991-1234567', '0991-***4567'],
    ['400-123-4567', '400-123-4567'], // public business number
    ['12345678', '****5678'],
    ['abc', '***'],
    ['', ''],
  ])('%j → %s', (raw, expected) => {
    expect(maskPhone(raw)).toBe(expected);
  });
});
