import type { DocumentLang, MergeValues } from '../domain/document';
import { type Block, parseClauseMarkup, parseInline, type Run } from './clauseMarkup';
import type { DocumentInput } from './documentInput';
import type { DocumentParty, PartyRole } from './documentModel';
import { isCatalogueField, partyField, roleLabel } from './fieldCatalogue';

// Template + merge values + parties → the laid-out document every renderer draws: the React
// view (preview and PDF HTML) and the DOCX builder. Merge values are resolved here, once, so
// all outputs show the same text and report the same missing fields.

/** A run after merging: plain text, or a blank for a missing field (printed as a line to write on). */
export type ResolvedRun =
  | { type: 'text'; text: string; bold: boolean }
  | { type: 'blank'; name: string; bold: boolean }
  | { type: 'break' };
export interface ResolvedItem {
  number: string | null;
  runs: ResolvedRun[];
}
export type ResolvedBlock =
  | { type: 'paragraph'; runs: ResolvedRun[] }
  | { type: 'numbered'; items: ResolvedItem[] }
  | { type: 'bullets'; items: ResolvedItem[] };

export interface PartyLine {
  label: string;
  runs: ResolvedRun[];
}
export interface PartyBlockLayout {
  role: PartyRole;
  lines: PartyLine[];
}
export interface SignatureBlockLayout {
  role: PartyRole;
  /** e.g. 甲方（盖章）： followed by the party's name. */
  lines: PartyLine[];
}
export interface ClauseLayout {
  /** 第一条 / 1. */
  label: string;
  heading: ResolvedRun[];
  blocks: ResolvedBlock[];
}
export interface DocumentLayout {
  lang: DocumentLang;
  title: ResolvedRun[];
  number: PartyLine;
  parties: PartyBlockLayout[];
  preamble: ResolvedBlock[];
  clauses: ClauseLayout[];
  closing: ResolvedBlock[];
  /** Repeats the title at the top of the signature part. */
  signatureTitle: ResolvedRun[];
  signatures: SignatureBlockLayout[];
  /** Footer pieces around the page numbers: 第 {page} 页 共 {pages} 页. */
  footer: { before: string; middle: string; after: string };
  /** Fields used whose value is missing, in order of first use. */
  missing: string[];
}

/** Blank printed for a missing value: long enough to write on by hand. */
export const BLANK_TEXT = '＿＿＿＿＿＿';

// C0 controls (other than tab/newline) cannot appear in HTML text or XML 1.0: NUL would be
// dropped silently by the HTML parser and makes the DOCX invalid, so show U+FFFD instead.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
export function printable(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (clause numbers up to 999). */
export function chineseOrdinal(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let out = h > 0 ? `${ZH_DIGITS[h]}百` : '';
  if (t > 0) out += `${h === 0 && t === 1 ? '' : (ZH_DIGITS[t] ?? '')}十`;
  else if (h > 0 && o > 0) out += '零';
  if (o > 0) out += ZH_DIGITS[o] ?? '';
  return out;
}

const TEXT = {
  'zh-CN': {
    number: '协议编号：',
    sep: '：',
    uscc: '统一社会信用代码',
    legalRep: '法定代表人',
    address: '地址',
    studentNo: '学号',
    major: '专业',
    className: '班级',
    student: '（学生）',
    guardian: '（监护人）',
    seal: '（盖章）',
    sign: '（签字）',
    guardianSign: '（监护人签字）',
    representative: '法定代表人或授权代表（签字）：',
    date: '日期：　　　　年　　月　　日',
    signatureTitle: ['（以下无正文，为《', '》签署页）'],
    footer: { before: '第 ', middle: ' 页 共 ', after: ' 页' },
  },
  'en-US': {
    number: 'Agreement No.: ',
    sep: ': ',
    uscc: 'Unified Social Credit Code',
    legalRep: 'Legal Representative',
    address: 'Address',
    studentNo: 'Student No.',
    major: 'Major',
    className: 'Class',
    student: ' (Student)',
    guardian: ' (Guardian)',
    seal: ' (Seal)',
    sign: ' (Signature)',
    guardianSign: ' (Signature of Guardian)',
    representative: 'Legal or Authorised Representative (Signature): ',
    date: 'Date: ____________________',
    signatureTitle: ['Signature page of the ', ''],
    footer: { before: 'Page ', middle: ' of ', after: '' },
  },
} as const;

class Resolver {
  readonly missing: string[] = [];
  constructor(
    private readonly values: MergeValues,
    readonly isField: (name: string) => boolean,
  ) {}

  run(name: string, bold: boolean): ResolvedRun {
    const value = this.values[name];
    if (value === null || value === undefined || value.trim() === '') {
      if (!this.missing.includes(name)) this.missing.push(name);
      return { type: 'blank', name, bold };
    }
    return { type: 'text', text: printable(value), bold };
  }

  inline(text: string): ResolvedRun[] {
    return parseInline(printable(text), this.isField).map((r) => (r.type === 'field' ? this.run(r.name, r.bold) : r));
  }

  blocks(text: string): ResolvedBlock[] {
    const runs = (rs: Run[]): ResolvedRun[] => rs.map((r) => (r.type === 'field' ? this.run(r.name, r.bold) : r));
    return parseClauseMarkup(printable(text), this.isField).map((b: Block): ResolvedBlock => {
      if (b.type === 'paragraph') return { type: 'paragraph', runs: runs(b.runs) };
      return { type: b.type, items: b.items.map((i) => ({ number: i.number, runs: runs(i.runs) })) };
    });
  }
}

function partyLines(p: DocumentParty, lang: DocumentLang, r: Resolver): PartyLine[] {
  const t = TEXT[lang];
  const role = roleLabel(p.role, lang);
  const f = (suffix: string): ResolvedRun[] => [r.run(partyField(p.role, suffix), false)];
  if (p.partyType === 'student') {
    return [
      { label: `${role}${t.student}${t.sep}`, runs: f('全称') },
      { label: `${t.studentNo}${t.sep}`, runs: f('学号') },
      { label: `${t.major}${t.sep}`, runs: f('专业') },
      { label: `${t.className}${t.sep}`, runs: f('班级') },
    ];
  }
  if (p.partyType === 'guardian') {
    return [
      { label: `${role}${t.guardian}${t.sep}`, runs: f('全称') },
      { label: `${t.address}${t.sep}`, runs: f('地址') },
    ];
  }
  return [
    { label: `${role}${t.sep}`, runs: f('全称') },
    { label: `${t.uscc}${t.sep}`, runs: f('统一社会信用代码') },
    { label: `${t.legalRep}${t.sep}`, runs: f('法定代表人') },
    { label: `${t.address}${t.sep}`, runs: f('地址') },
  ];
}

function signatureLines(p: DocumentParty, lang: DocumentLang, r: Resolver): PartyLine[] {
  const t = TEXT[lang];
  const role = roleLabel(p.role, lang);
  const name = [r.run(partyField(p.role, '全称'), false)];
  const date: PartyLine = { label: t.date, runs: [] };
  if (p.partyType === 'student') return [{ label: `${role}${t.sign}${t.sep}`, runs: name }, date];
  if (p.partyType === 'guardian') return [{ label: `${role}${t.guardianSign}${t.sep}`, runs: name }, date];
  return [{ label: `${role}${t.seal}${t.sep}`, runs: name }, { label: t.representative, runs: [] }, date];
}

/** Lays out one document; `missing` lists every used field without a value. */
export function layoutDocument({ body, values, model, lang }: DocumentInput): DocumentLayout {
  const r = new Resolver(values, (name) => isCatalogueField(name) || Object.hasOwn(values, name));
  const t = TEXT[lang];
  const title = r.inline(body.title);
  const number: PartyLine = { label: t.number, runs: [r.run('协议编号', false)] };
  const parties = model.parties.map((p) => ({ role: p.role, lines: partyLines(p, lang, r) }));
  const preamble = r.blocks(body.preamble);
  const clauses = body.clauses.map((c, i) => ({
    label: lang === 'zh-CN' ? `第${chineseOrdinal(i + 1)}条` : `${i + 1}.`,
    heading: r.inline(c.heading),
    blocks: r.blocks(c.body),
  }));
  const closing = r.blocks(body.closing);
  const signatures = model.parties.map((p) => ({ role: p.role, lines: signatureLines(p, lang, r) }));
  const [before, after] = t.signatureTitle;
  const signatureTitle: ResolvedRun[] = [
    { type: 'text', text: before, bold: false },
    ...title.map((run) => (run.type === 'break' ? run : { ...run, bold: false })),
    ...(after ? [{ type: 'text' as const, text: after, bold: false }] : []),
  ];
  return { lang, title, number, parties, preamble, clauses, closing, signatureTitle, signatures, footer: t.footer, missing: r.missing };
}

/** Plain text of runs (blanks as BLANK_TEXT): for font subsetting and tests. */
export function runsText(runs: readonly ResolvedRun[]): string {
  return runs.map((r) => (r.type === 'text' ? r.text : r.type === 'blank' ? BLANK_TEXT : '\n')).join('');
}

function blocksText(blocks: readonly ResolvedBlock[]): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? runsText(b.runs) : b.items.map((i) => `${i.number ?? '•'}. ${runsText(i.runs)}`).join('\n')))
    .join('\n');
}

/** Every character the document shows, incl. labels and the footer (for fontFaceCss). */
export function layoutText(l: DocumentLayout): string {
  const lines = (ls: readonly PartyLine[]): string => ls.map((x) => x.label + runsText(x.runs)).join('\n');
  return [
    runsText(l.title),
    lines([l.number]),
    ...l.parties.map((p) => lines(p.lines)),
    blocksText(l.preamble),
    ...l.clauses.map((c) => `${c.label} ${runsText(c.heading)}\n${blocksText(c.blocks)}`),
    blocksText(l.closing),
    runsText(l.signatureTitle),
    ...l.signatures.map((s) => lines(s.lines)),
    l.footer.before + l.footer.middle + l.footer.after + '0123456789',
  ].join('\n');
}
