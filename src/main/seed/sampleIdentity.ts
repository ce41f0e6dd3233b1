import { organisationCodeCheckChar, usccCheckChar } from '@shared/domain/rules/uscc';
import type { Random } from './random';

/** A valid USCC (both check characters right) for an invented organisation. */
export function sampleUscc(random: Random, prefix: string, regionCode: string): string {
  let orgCode = '';
  for (let i = 0; i < 8; i++) orgCode += String(random.int(0, 9));
  const body = `${prefix}${regionCode}${orgCode}${organisationCodeCheckChar(orgCode)}`;
  return body + usccCheckChar(body);
}

export function sampleMobile(random: Random): string {
  const prefix = random.pick(['135', '136', '137', '138', '139', '150', '151', '158', '186', '188', '189']);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(random.int(0, 9));
  return prefix + rest;
}

/** A valid ISBN-13 under the Chinese 978-7 group. */
export function sampleIsbn(random: Random): string {
  let digits = '9787';
  for (let i = 0; i < 8; i++) digits += String(random.int(0, 9));
  const sum = [...digits].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
  return digits + String((10 - (sum % 10)) % 10);
}
