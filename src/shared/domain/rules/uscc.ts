// 统一社会信用代码 (USCC), GB 32100-2015; rules and test vectors in reliability.md §12.
// The USCC is the join key of partner rows in state-data reports (domain.md §2.5),
// so it is checked here once and every layer (form, IPC, import, CLI) reuses this.
import { normalizeCode } from './normalizeText';

/** The 31 code characters (no I, O, S, V, Z), valued 0–30 in this order. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Positions 1–2 and 9–18 from the charset, positions 3–8 the 6-digit division code. */
export const USCC_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

// W_i = 3^(i-1) mod 31 for i = 1…17.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714 organisation-code weights for characters 9–16 of the USCC.
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Trim, NFKC (full-width → ASCII), no spaces or zero-width characters, upper case. */
export function normalizeUscc(raw: string): string {
  return normalizeCode(raw).toUpperCase();
}

/** True when `code` already has the exact 18-character layout; it does not normalize. */
export function isUsccFormat(code: string): boolean {
  return USCC_FORMAT.test(code);
}

/** The 18th (check) character for a 17-character body of charset characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`usccCheckChar needs 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`Not a USCC character: ${JSON.stringify(first17.charAt(i))}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  // 31 - 0 = 31 wraps to 0, hence the second modulo.
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check character for an 8-character organisation code body (USCC characters 9–16). */
export function organisationCodeCheckChar(first8: string): string {
  if (first8.length !== 8) throw new RangeError(`organisationCodeCheckChar needs 8 characters, got ${first8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8.charAt(i);
    // Digits 0–9, letters A–Z = 10–35 (GB 11714 numbering, not the USCC charset's).
    const value = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += value * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * GB 11714 check over the embedded organisation code (characters 9–17). Only a
 * warning: 个体户 and some early codes carry no real organisation code.
 */
function organisationCodeCheckPasses(code: string): boolean {
  return code.charAt(16) === organisationCodeCheckChar(code.slice(8, 16));
}

export type UsccCheck =
  | { valid: true; normalized: string; innerCheckWarning: boolean }
  | { valid: false; normalized: string; reason: 'format' | 'check'; expectedCheckChar?: string };

/**
 * Normalizes `raw` (see normalizeUscc) and checks it. A 'check' failure is not a hard
 * reject: early pilot codes such as 91350100M0001TGQXM are real but fail it, so the UI
 * asks for an explicit, audited override (reliability.md §12).
 */
export function checkUscc(raw: string): UsccCheck {
  const normalized = normalizeUscc(raw);
  if (!isUsccFormat(normalized)) return { valid: false, normalized, reason: 'format' };
  const expectedCheckChar = usccCheckChar(normalized.slice(0, 17));
  if (normalized.charAt(17) !== expectedCheckChar) {
    return { valid: false, normalized, reason: 'check', expectedCheckChar };
  }
  return { valid: true, normalized, innerCheckWarning: !organisationCodeCheckPasses(normalized) };
}
