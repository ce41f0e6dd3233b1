// Chinese phone numbers (reliability.md §13). We store E.164 plus what was typed, so
// this module decides validity, kind, E.164 and a display form in one place.
//
// Mobile ranges change every few years and the app is offline with frozen metadata,
// so a mobile is valid by shape alone (^1[3-9]\d{9}$) and libphonenumber only confirms
// it (e164 is null when it does not). Landline area codes and their subscriber lengths
// are stable for decades, so there the full plan (libphonenumber, region CN) decides:
// 0755-1234567 has the right shape but Shenzhen numbers have 8 digits.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizeCode } from './normalizeText';

export type PhoneCheck =
  | { valid: true; kind: 'mobile' | 'landline' | 'service'; e164: string | null; display: string }
  | { valid: false };

const MOBILE = /^1[3-9]\d{9}$/;
const SERVICE = /^[48]00\d{7}$/;
// Area code 010 or 02X is 3 digits, every other (03XX–09XX) is 4; subscriber 7–8 digits.
const LANDLINE = /^(0[12]\d|0[3-9]\d{2})(\d{7,8})$/;
const DIGIT_GROUPS = /^\d+(?:-\d+)*$/;
// Dash look-alikes typed by Chinese IMEs or pasted from Word; NFKC leaves these alone.
const DASH_VARIANTS = /[\u2010-\u2015\u2212\u30FC]/g;
// An explicit extension marker at the end: 转 123, 分机123, ext. 123, x123, #123.
const EXTENSION_MARKER = /-?(?:转|分机|ext\.?|x|#)(\d{1,6})$/i;
const INTERNATIONAL_PREFIX = /^(?:\+|00)86-?/;
const INVALID: PhoneCheck = { valid: false };

interface Landline {
  areaCode: string;
  subscriber: string;
}

/** E.164 when libphonenumber's CN plan accepts the national number, else null. */
function confirmedE164(nationalDigits: string): string | null {
  const parsed = parsePhoneNumberFromString(nationalDigits, 'CN');
  return parsed?.isValid() ? parsed.number : null;
}

function asLandline(digits: string): Landline | null {
  const match = LANDLINE.exec(digits);
  if (!match?.[1] || !match[2]) return null;
  // Beijing, Shanghai, Guangzhou… (3-digit area codes) all have 8-digit subscribers.
  if (match[1].length === 3 && match[2].length !== 8) return null;
  return confirmedE164(digits) ? { areaCode: match[1], subscriber: match[2] } : null;
}

/** Cleans the input down to digit groups joined by '-', remembering +86 and a marked extension. */
function tokenize(raw: string): { body: string; international: boolean; extension: string | null } {
  let s = normalizeCode(raw).replace(DASH_VARIANTS, '-').replace(/[()]/g, '');
  let extension: string | null = null;
  const marked = EXTENSION_MARKER.exec(s);
  if (marked?.[1]) {
    extension = marked[1];
    s = s.slice(0, marked.index);
  }
  const international = INTERNATIONAL_PREFIX.test(s);
  return { body: s.replace(INTERNATIONAL_PREFIX, ''), international, extension };
}

function landlineResult(line: Landline, extension: string | null): PhoneCheck {
  const national = line.areaCode + line.subscriber;
  const display = `${line.areaCode}-${line.subscriber}${extension ? `-${extension}` : ''}`;
  return { valid: true, kind: 'landline', e164: confirmedE164(national), display };
}

/**
 * Validates a mainland-China phone number as typed: NFKC, then spaces, '-', '()',
 * '+86'/'0086' are ignored. Mobiles 138 1234 5678, landlines 010-12345678 with an
 * optional extension (010-12345678-123 or …转123), service numbers 400-123-4567.
 */
export function checkChinesePhone(raw: string): PhoneCheck {
  const { body, international, extension } = tokenize(raw);
  if (!DIGIT_GROUPS.test(body)) return INVALID;
  let digits = body.replace(/-/g, '');
  // Excel exports often drop the '+' of +86 on mobiles (8613812345678).
  if (!international && /^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);

  if (MOBILE.test(digits) && extension === null) {
    return { valid: true, kind: 'mobile', e164: confirmedE164(digits), display: `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` };
  }
  if (SERVICE.test(digits) && extension === null) {
    return { valid: true, kind: 'service', e164: confirmedE164(digits), display: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` };
  }

  // Written internationally, the trunk prefix 0 is dropped: +86 10 1234 5678.
  const withTrunk = international && !digits.startsWith('0') ? `0${digits}` : digits;
  const whole = asLandline(withTrunk);
  if (whole) return landlineResult(whole, extension);

  // 010-12345678-123: a dash-separated tail is an extension only when what precedes it
  // is already a complete landline; otherwise dashes are just grouping (0755-8888-8888).
  const lastDash = body.lastIndexOf('-');
  if (extension === null && lastDash > 0) {
    const tail = body.slice(lastDash + 1);
    const head = body.slice(0, lastDash).replace(/-/g, '');
    const headLine = tail.length <= 6 ? asLandline(international && !head.startsWith('0') ? `0${head}` : head) : null;
    if (headLine) return landlineResult(headLine, tail);
  }
  return INVALID;
}

/**
 * Masks a phone number for lists and default exports (PIPL minimum exposure,
 * reliability.md §14): 138****5678, 010-****5678. Service numbers are public and stay
 * readable. Unrecognised input keeps only its last 4 characters.
 */
export function maskPhone(raw: string): string {
  const check = checkChinesePhone(raw);
  if (check.valid && check.kind === 'mobile') {
    const digits = check.display.replace(/ /g, '');
    return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  }
  if (check.valid && check.kind === 'landline') {
    const [areaCode = '', subscriber = ''] = check.display.split('-');
    return `${areaCode}-${'*'.repeat(subscriber.length - 4)}${subscriber.slice(-4)}`;
  }
  if (check.valid) return check.display;
  const cleaned = normalizeCode(raw);
  const visible = cleaned.length > 4 ? cleaned.slice(-4) : '';
  return '*'.repeat(cleaned.length - visible.length) + visible;
}

export type RestoredPhone =
  | { kind: 'ok'; value: string; restored: boolean }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'invalid' };

/** The display form of a number checkChinesePhone accepts, else null. */
function displayOf(raw: string): { display: string; e164: string | null } | null {
  const check = checkChinesePhone(raw);
  return check.valid ? { display: check.display, e164: check.e164 } : null;
}

/**
 * A phone number typed into an Excel cell formatted as a number (the import passes
 * String(cellNumber), or the cell's text). A complete number is taken as it is. Excel
 * drops a landline's leading 0 (0755-28780808 → 75528780808, 010-12345678 → 1012345678)
 * and the '+' or '00' before 86 with it (008675528780808 → 8675528780808), so those
 * readings are tried, each checked with the same rules as a typed number (the area code
 * decides 3- or 4-digit, libphonenumber confirms the subscriber length). One valid reading
 * is restored; several distinct ones are returned for a person to choose; none is invalid.
 * Under today's numbering plan the readings never disagree (no area code starts 086), but
 * the import must not guess if metadata ever makes them.
 */
export function restoreTypedPhone(raw: string): RestoredPhone {
  const asTyped = displayOf(raw);
  if (asTyped) return { kind: 'ok', value: asTyped.display, restored: false };
  const digits = normalizeCode(raw);
  // Only a bare digit string (a number cell) can have lost its 0: a person who typed
  // separators typed text, and guessing a missing 0 there would invent a number.
  if (!/^[1-9]\d{8,13}$/.test(digits)) return { kind: 'invalid' };
  const readings = [`0${digits}`];
  if (digits.startsWith('86')) readings.push(`0${digits.slice(2)}`);
  const found = new Map<string, string>();
  for (const reading of readings) {
    const hit = displayOf(reading);
    // Landlines only: a restored 0 never makes a mobile, and 0 + a service number is
    // the same service number (libphonenumber strips the trunk 0), not a new reading.
    if (hit && /^0\d{2,3}-\d{7,8}$/.test(hit.display)) found.set(hit.e164 ?? hit.display, hit.display);
  }
  const candidates = [...found.values()];
  if (candidates.length === 1 && candidates[0]) return { kind: 'ok', value: candidates[0], restored: true };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'invalid' };
}
