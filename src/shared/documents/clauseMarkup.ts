import { isCatalogueField } from './fieldCatalogue';

// Clause markup (document.ts) → a small AST that every renderer walks: React (preview and
// PDF HTML) and docx. Text stays text: nothing in the markup can produce HTML or XML.

export interface TextRun {
  type: 'text';
  text: string;
  bold: boolean;
}
export interface FieldRun {
  type: 'field';
  name: string;
  bold: boolean;
}
/** A single newline inside a paragraph. */
export interface BreakRun {
  type: 'break';
}
export type Run = TextRun | FieldRun | BreakRun;

export interface ListItem {
  /** The marker as typed for numbered items ('1', '2', …); null for bullets. */
  number: string | null;
  runs: Run[];
}
export type Block = { type: 'paragraph'; runs: Run[] } | { type: 'numbered'; items: ListItem[] } | { type: 'bullets'; items: ListItem[] };

const NUMBERED = /^(\d{1,3})[.．]\s+(.*)$/;
const BULLET = /^[-－•]\s+(.*)$/;
const FIELD = /\{([^{}\n]{1,40})\}/g;

export type IsField = (name: string) => boolean;

/** Field refs and plain text in one piece of text (no bold). */
function fieldRuns(text: string, bold: boolean, isField: IsField): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(FIELD)) {
    const name = m[1] ?? '';
    if (!isField(name)) continue;
    if (m.index > last) runs.push({ type: 'text', text: text.slice(last, m.index), bold });
    runs.push({ type: 'field', name, bold });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ type: 'text', text: text.slice(last), bold });
  return runs;
}

/** One line: **bold** pairs (an unmatched ** stays literal) and field refs. */
export function parseInline(line: string, isField: IsField = isCatalogueField): Run[] {
  const parts = line.split('**');
  // An even number of parts means one ** has no partner: keep the last one literal.
  if (parts.length % 2 === 0) {
    const tail = parts.splice(parts.length - 2, 2).join('**');
    parts.push(tail);
  }
  return parts.flatMap((part, i) => (part === '' ? [] : fieldRuns(part, i % 2 === 1, isField)));
}

function lineKind(line: string): { kind: 'numbered' | 'bullets' | 'text'; number: string | null; rest: string } {
  const n = NUMBERED.exec(line);
  if (n) return { kind: 'numbered', number: n[1] ?? '', rest: n[2] ?? '' };
  const b = BULLET.exec(line);
  if (b) return { kind: 'bullets', number: null, rest: b[1] ?? '' };
  return { kind: 'text', number: null, rest: line };
}

/** Clause text → blocks. Blank lines separate paragraphs; list lines group into lists. */
export function parseClauseMarkup(text: string, isField: IsField = isCatalogueField): Block[] {
  const blocks: Block[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u3000]*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    let paragraph: Run[] | null = null;
    let list: Extract<Block, { type: 'numbered' | 'bullets' }> | null = null;
    for (const raw of lines) {
      const line = raw.trim();
      const { kind, number, rest } = lineKind(line);
      if (kind === 'text') {
        list = null;
        if (paragraph) paragraph.push({ type: 'break' }, ...parseInline(line, isField));
        else {
          paragraph = parseInline(line, isField);
          blocks.push({ type: 'paragraph', runs: paragraph });
        }
        continue;
      }
      paragraph = null;
      const item: ListItem = { number, runs: parseInline(rest, isField) };
      if (list && list.type === kind) list.items.push(item);
      else {
        const created: Extract<Block, { type: 'numbered' | 'bullets' }> =
          kind === 'numbered' ? { type: 'numbered', items: [item] } : { type: 'bullets', items: [item] };
        list = created;
        blocks.push(created);
      }
    }
  }
  return blocks;
}

/** Field names a text uses, in order of first use. */
export function fieldRefs(text: string, isField: IsField = isCatalogueField): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(FIELD)) {
    const name = m[1] ?? '';
    if (isField(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
