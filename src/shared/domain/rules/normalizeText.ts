// Text clean-up shared by forms, import and duplicate detection. Input comes from
// IMEs (full-width forms), Word/WeChat/web pages (zero-width and no-break spaces)
// and Excel; each function states exactly what it changes so nothing else is lost.

// U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ, U+2060 WORD JOINER, U+FEFF BOM.
// They are invisible, so a pasted code or name that contains one looks right but
// never matches; U+2060 is included because it is the modern replacement of U+FEFF.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NBSP = /\u00A0/g;

/** Removes invisible zero-width characters and turns no-break spaces into plain spaces. */
function stripInvisibles(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(NBSP, ' ');
}

/**
 * For identifiers (USCC, course codes, phone numbers…): NFKC (full-width → ASCII),
 * no zero-width characters, and no whitespace at all, since codes never contain spaces
 * but people type them in groups ("9144 0300 …"). Case is kept; callers decide.
 */
export function normalizeCode(s: string): string {
  return stripInvisibles(s.normalize('NFKC')).replace(/\s+/g, '');
}

/**
 * For names as displayed: NFC only (NFKC would turn "（中国）" into "(中国)", changing
 * how the name is printed on agreements), zero-width characters removed, runs of
 * whitespace collapsed to one space, trimmed. Otherwise the name stays as typed.
 */
export function normalizeName(s: string): string {
  return stripInvisibles(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

// Bracket variants people use interchangeably in company names; unified for matching only.
const OPEN_BRACKETS = /[([【〔［〖]/g;
const CLOSE_BRACKETS = /[)\]】〕］〗]/g;

// \u0080 and above: anything outside ASCII (CJK, full-width punctuation).
const SPACE_NEXT_TO_NON_ASCII = /\s+(?=[\u0080-\uFFFF])|(?<=[\u0080-\uFFFF])\s+/g;

// Chinese legal-form suffixes, longest first so 股份有限公司 wins over 有限公司.
const CHINESE_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '(集团)', '集团', '公司'] as const;

// Latin legal forms. Matched while word spaces still exist, with a word boundary in
// front, so "Tesco" keeps its "co" while "Foo Co., Ltd." loses ", Co., Ltd.".
const LATIN_SUFFIX =
  /(?:^|[\s,.&]+|\b)(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|incorporated|inc|corporation|corp|company|co|llc|gmbh)\.?[\s,.]*$/;

/** Strips one legal-form suffix from the end, or returns the input unchanged. */
function stripOneSuffix(s: string): string {
  const latin = s.replace(LATIN_SUFFIX, '');
  if (latin !== s) return latin;
  const compact = s.replace(/\s+$/, '');
  for (const suffix of CHINESE_SUFFIXES) {
    if (compact.endsWith(suffix)) return compact.slice(0, -suffix.length);
  }
  return s;
}

/**
 * A key for duplicate detection only (never stored as the name, never shown):
 * "阿里巴巴（中国）网络技术有限公司" and "阿里巴巴(中国)网络技术 有限公司" give the same key.
 * NFKC, no whitespace, one bracket style, Latin lower-cased, and legal-form suffixes
 * (有限公司, 集团, Co., Ltd. …) removed from the end, repeatedly, since names stack
 * them ("XX集团股份有限公司"). A suffix is kept when removing it would leave nothing.
 */
export function normalizeForMatching(name: string): string {
  let s = stripInvisibles(name.normalize('NFKC'))
    .toLowerCase()
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    // Spaces next to CJK text carry no meaning ("有限 公司"); between Latin words they
    // are word boundaries the Latin suffix rule needs, so those stay for now.
    .replace(SPACE_NEXT_TO_NON_ASCII, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (;;) {
    const stripped = stripOneSuffix(s).trim();
    if (stripped === s || stripped.replace(/[\s,.]/g, '') === '') break;
    s = stripped;
  }
  return s.replace(/\s+/g, '');
}
