// Money is an integer number of 分 (fen) everywhere: in the database, over IPC and in
// reports. Conversions work on decimal strings and integers only, never on binary
// floating point, so 0.1 + 0.2 style errors cannot reach a total.

const FEN_PER_YUAN = 100;
// 1 万元 = 10 000 元 = 1 000 000 分; two decimals of 万元 are steps of 10 000 分.
const FEN_PER_WANYUAN_HUNDREDTH = 10_000;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Optional sign, optional ¥ (NFKC turns ￥ into ¥), integer part either plain or with
// correct 3-digit grouping, optional fraction, optional 元.
const YUAN_TEXT = /^([+-]?)¥?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?元?$/;

function assertFen(fen: number, fnName: string): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${fnName}: fen must be a safe integer, got ${fen}`);
}

/** Parses an amount in 元 to 分, or returns null when it is not an exact amount. */
export function tryYuanToFen(input: string | number): number | null {
  if (typeof input === 'number' && !Number.isFinite(input)) return null;
  // String(number) is the shortest round-trip form (1234.56 → '1234.56'), so a number
  // parses exactly when it has ≤ 2 decimals; 0.1 + 0.2 prints 0.30000000000000004 and
  // is rejected; exponent forms (1e21, 1e-7) are rejected by the pattern.
  const text = typeof input === 'number' ? String(input) : input.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, '');
  const match = YUAN_TEXT.exec(text);
  if (!match) return null;
  const [, sign = '', integerPart = '', fractionPart = ''] = match;
  // Trailing zeros carry no value (1.230 is exactly 1.23); anything finer than a 分 is rejected.
  const fraction = fractionPart.replace(/0+$/, '');
  if (fraction.length > 2) return null;
  const fen = Number(integerPart.replace(/,/g, '')) * FEN_PER_YUAN + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign === '-' && fen !== 0 ? -fen : fen;
}

/**
 * '1,234.56' → 123456. Accepts a sign, ¥/￥, 元, full-width digits and correct thousands
 * grouping. Throws RangeError for anything else: more than 2 decimals, NaN, Infinity,
 * exponent notation, wrong grouping ('1,5' is a European 1.5, not 15), or beyond
 * Number.MAX_SAFE_INTEGER 分.
 */
export function yuanToFen(input: string | number): number {
  const fen = tryYuanToFen(input);
  if (fen === null) throw new RangeError(`Not an exact amount in yuan: ${JSON.stringify(input)}`);
  return fen;
}

/** 123456 → '1234.56'; always two decimals, no grouping (for inputs and CSV). */
export function fenToYuanString(fen: number): string {
  assertFen(fen, 'fenToYuanString');
  const abs = Math.abs(fen);
  const sign = fen < 0 ? '-' : '';
  return `${sign}${Math.floor(abs / FEN_PER_YUAN)}.${String(abs % FEN_PER_YUAN).padStart(2, '0')}`;
}

/**
 * 分 → hundredths of 万元, rounded half away from zero (四舍五入 on the magnitude):
 * 5 000 分 → 1 (0.01 万元), −5 000 分 → −1. Integer arithmetic, so exact.
 */
function fenToWanyuanHundredths(fen: number): number {
  const abs = Math.abs(fen);
  const remainder = abs % FEN_PER_WANYUAN_HUNDREDTH;
  const hundredths = (abs - remainder) / FEN_PER_WANYUAN_HUNDREDTH + (remainder >= FEN_PER_WANYUAN_HUNDREDTH / 2 ? 1 : 0);
  return fen < 0 && hundredths !== 0 ? -hundredths : hundredths;
}

/**
 * 分 → 万元 as a number with at most 2 decimals, for report cells (domain.md §2.1).
 * Rounding: half away from zero on the magnitude (123 455 000 分 → 123.46 万元,
 * −5 000 分 → −0.01). Sum in 分 first and convert the total once: summing rounded
 * values drifts.
 */
export function fenToWanyuan(fen: number): number {
  assertFen(fen, 'fenToWanyuan');
  return fenToWanyuanHundredths(fen) / 100;
}

function groupDigits(integerDigits: number, locale: 'zh-CN' | 'en-US'): string {
  // BigInt keeps grouping exact for amounts whose float form would round.
  return new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(integerDigits));
}

/**
 * Display form with thousands separators and exactly 2 decimals, without a unit
 * (labels and column headers carry 元 / 万元, and state-data cells must not contain
 * units, domain.md §2.4): formatFen(123456789, 'yuan') → '1,234,567.89',
 * formatFen(123456789, 'wanyuan') → '123.46' (rounded as fenToWanyuan).
 */
export function formatFen(fen: number, unit: 'yuan' | 'wanyuan', locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  assertFen(fen, 'formatFen');
  const scaled = unit === 'yuan' ? fen : fenToWanyuanHundredths(fen);
  const abs = Math.abs(scaled);
  const sign = scaled < 0 ? '-' : '';
  return `${sign}${groupDigits(Math.floor(abs / 100), locale)}.${String(abs % 100).padStart(2, '0')}`;
}

const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const DIGIT_UNITS = ['', '拾', '佰', '仟'] as const;
const SECTION_UNITS = ['', '万', '亿'] as const;
// Sections 个/万/亿 reach 9999 9999 9999 元; agreements never come near it.
const MAX_UPPERCASE_FEN = 1e14 - 1;

function integerYuanToUppercase(yuan: number): string {
  const digits = String(yuan);
  let out = '';
  let pendingZero = false;
  let sectionHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    const position = digits.length - 1 - i;
    if (digit === 0) {
      pendingZero = out !== '';
    } else {
      // Runs of zeros inside the number are written as a single 零.
      out += (pendingZero ? '零' : '') + UPPER_DIGITS[digit] + DIGIT_UNITS[position % 4];
      pendingZero = false;
      sectionHasDigit = true;
    }
    if (position % 4 === 0) {
      if (sectionHasDigit) {
        out += SECTION_UNITS[position / 4];
        // Zeros at the end of a section are absorbed by its unit: 107000 → 壹拾万柒仟.
        pendingZero = false;
      }
      sectionHasDigit = false;
    }
  }
  return out;
}

/**
 * 大写金额 for agreements, following the PBOC rules for 票据和结算凭证 (fen in, never
 * negative: a contract amount below zero is a data error, so it throws RangeError):
 * 123456 → '壹仟贰佰叁拾肆元伍角陆分', 10000 → '壹佰元整', 1050 → '壹拾元伍角',
 * 168032 → '壹仟陆佰捌拾元叁角贰分', 32504 → '叁佰贰拾伍元零肆分', 50 → '伍角'.
 * Where the rules make 零 optional (元位 is 0 but 角 is not: "可以只写一个零字，也可以不写")
 * we leave it out; where they require it (角 is 0 and 分 is not) we write it. 整 follows 元
 * only. The caller adds '人民币' where the template needs it.
 */
export function fenToChineseUppercase(fen: number): string {
  assertFen(fen, 'fenToChineseUppercase');
  if (fen < 0) throw new RangeError(`fenToChineseUppercase: negative amount: ${fen}`);
  if (fen > MAX_UPPERCASE_FEN) throw new RangeError(`fenToChineseUppercase: amount too large: ${fen}`);
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / FEN_PER_YUAN);
  const jiao = Math.floor((fen % FEN_PER_YUAN) / 10);
  const fenDigit = fen % 10;
  let out = yuan > 0 ? `${integerYuanToUppercase(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  // 零 is required between 元 and 分 when 角 is zero (325.04); optional, and left out,
  // when only the 元 digit is zero (10.50, 1680.32).
  if (yuan > 0 && jiao === 0) out += '零';
  if (jiao > 0) out += `${UPPER_DIGITS[jiao]}角`;
  if (fenDigit > 0) out += `${UPPER_DIGITS[fenDigit]}分`;
  return out;
}
