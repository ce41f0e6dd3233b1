// E-mail check (reliability.md §13): the WHATWG "valid e-mail address" pattern, the
// same one <input type="email"> uses, after NFKC so an IME-typed ＠ or full-width
// letters still work. Deliverability is not our business; catching typos is.

// https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// U+3002 IDEOGRAPHIC FULL STOP: Chinese IMEs type it for '.', giving "name@qq。com".
// (NFKC already maps U+FF0E and U+FF61 to '.' and '。'.)
const IDEOGRAPHIC_FULL_STOP = /\u3002/g;

export type EmailCheck = { valid: true; normalized: string; warning?: 'domain-without-dot' } | { valid: false };

/**
 * Validates and normalizes an e-mail address: NFKC, invisible characters and outer
 * whitespace removed, domain lower-cased (domains are case-insensitive; the local part
 * is kept as typed). A domain written with 。 has it replaced by '.' in `normalized`.
 *
 * Warns, without rejecting, with 'domain-without-dot' when the domain as typed lacks a
 * proper dot: no dot at all ("a@localhost", legal but rarely meant) or a 。 somewhere
 * ("a@qq。com"). The form shows the normalized value so the user can confirm it.
 */
export function checkEmail(raw: string): EmailCheck {
  const cleaned = raw.normalize('NFKC').replace(ZERO_WIDTH, '').trim();
  const at = cleaned.lastIndexOf('@');
  if (at < 0) return { valid: false };
  const local = cleaned.slice(0, at);
  const typedDomain = cleaned.slice(at + 1);
  const domain = typedDomain.replace(IDEOGRAPHIC_FULL_STOP, '.').toLowerCase();
  const normalized = `${local}@${domain}`;
  if (!WHATWG_EMAIL.test(normalized)) return { valid: false };
  const suspicious = !typedDomain.includes('.') || typedDomain.includes('\u3002');
  return suspicious ? { valid: true, normalized, warning: 'domain-without-dot' } : { valid: true, normalized };
}
