import { checkChinesePhone, maskPhone } from './phone';

// How a stored phone number is shown and copied. Lists mask by default (PIPL minimum
// exposure, reliability.md §14; settings.maskPhones), and a person reveals one number
// at a time; what is copied is always the whole number in a form a phone can dial.

/** The text a list shows: masked (138****5678) or the readable display form (138 1234 5678). */
export function phoneText(raw: string, masked: boolean): string {
  if (masked) return maskPhone(raw);
  const check = checkChinesePhone(raw);
  return check.valid ? check.display : raw.trim();
}

/**
 * What the copy button puts on the clipboard: a mobile as 11 digits (13812345678, which
 * every dialler and WeChat search accepts), a landline or service number in its display
 * form (0755-12345678-123), anything unrecognised as stored.
 */
export function phoneToCopy(raw: string): string {
  const check = checkChinesePhone(raw);
  if (!check.valid) return raw.trim();
  return check.kind === 'mobile' ? check.display.replace(/ /g, '') : check.display;
}
