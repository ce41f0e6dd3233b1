import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChinesePhone, restoreTypedPhone } from '@shared/domain/rules/phone';

const ok = (value: string, restored: boolean) => ({ kind: 'ok', value, restored });
const INVALID = { kind: 'invalid' };

describe('restoreTypedPhone: complete numbers are taken as they are', () => {
  it.each([
    ['13812345678', ok('138 1234 5678', false)], // mobile
    ['8613812345678', ok('138 1234 5678', false)], // +86 mobile, '+' dropped by Excel
    ['+86 138 1234 5678', ok('138 1234 5678', false)],
    ['075528780808', ok('0755-28780808', false)], // 4-digit area code, 8-digit subscriber
    ['01012345678', ok('010-12345678', false)], // 3-digit area code
    ['02887654321', ok('028-87654321', false)],
    ['09111234567', ok('0911-1234567', false)], // 7-digit subscriber (延安)
    ['0571-12345678', ok('0571-12345678', false)], // cell text with a separator
    ['4001234567', ok('400-123-4567', false)], // a service number is complete without a 0
    ['8001234567', ok('800-123-4567', false)],
  ])('%j', (raw, expected) => {
    expect(restoreTypedPhone(raw)).toEqual(expected);
  });
});

describe('restoreTypedPhone: a landline that lost its leading 0', () => {
  it.each([
    ['75528780808', ok('0755-28780808', true)], // 0755: 4 + 8
    ['57112345678', ok('0571-12345678', true)], // 0571: 4 + 8
    ['9111234567', ok('0911-1234567', true)], // 0911: 4 + 7
    ['1012345678', ok('010-12345678', true)], // 010: 3 + 8
    ['2887654321', ok('028-87654321', true)], // 028
    ['2112345678', ok('021-12345678', true)], // 021
    ['8675528780808', ok('0755-28780808', true)], // 0086 755…: '00' and the trunk 0 both lost
    ['861012345678', ok('010-12345678', true)],
    ['７５５２８７８０８０８', ok('0755-28780808', true)], // full-width digits
  ])('%j', (raw, expected) => {
    expect(restoreTypedPhone(raw)).toEqual(expected);
  });
});

describe('restoreTypedPhone: nothing to restore', () => {
  it.each([
    ['5711234567'], // 0571 numbers have 8 digits: one short
    ['7551234567'], // Shenzhen too
    ['101234567'], // Beijing with 7 digits
    ['10123456789'], // Beijing with 9 digits
    ['3112345678'], // 031-…: no such area code
    ['28780808'], // a local number without its area code
    ['12345'], // too short
    ['123456789012345'], // too long
    ['755-28780808'], // typed as text: a missing 0 there is not Excel's doing
    ['abc'],
    [''],
    ['0'],
  ])('%j is invalid', (raw) => {
    expect(restoreTypedPhone(raw)).toEqual(INVALID);
  });
});

describe('restoreTypedPhone: ambiguity', () => {
  // Searching 086x prefixes and random 9–12 digit strings found no number whose readings
  // (lost 0; lost 0086 and 0) are both valid: no area code starts 086. This pins that
  // finding on the only overlap there could be, so a metadata change that creates one
  // shows up here instead of as a silent guess.
  it.each([['8675528780808'], ['862887654321'], ['861012345678']])('%j has one reading', (raw) => {
    expect(restoreTypedPhone(raw).kind).toBe('ok');
    expect(checkChinesePhone(`0${raw}`).valid).toBe(false);
  });
});

// Real area codes, with the subscriber lengths their plans allow.
const AREA_CODES = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029', '0755', '0571', '0512', '0769', '0911', '0999', '0431', '0851'];

describe('restoreTypedPhone: property', () => {
  it('a valid landline without its 0 and dash comes back as itself (or among the candidates)', () => {
    const landline = fc
      .tuple(fc.constantFrom(...AREA_CODES), fc.constantFrom(7, 8), fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{7}$/))
      .map(([area, length, first, rest]) => `${area}-${(String(first) + rest).slice(0, length)}`)
      .map((typed) => checkChinesePhone(typed))
      .filter((c) => c.valid && c.kind === 'landline');
    fc.assert(
      fc.property(landline, (check) => {
        if (!check.valid) return;
        const typedAsNumber = check.display.replace('-', '').slice(1);
        const result = restoreTypedPhone(typedAsNumber);
        if (result.kind === 'ambiguous') expect(result.candidates).toContain(check.display);
        else expect(result).toEqual(ok(check.display, true));
      }),
      { numRuns: 400 },
    );
  });
});
