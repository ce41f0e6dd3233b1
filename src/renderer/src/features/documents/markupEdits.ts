// Toolbar edits of the clause markup (src/shared/domain/document.ts): pure text transforms
// of the selection, so the textarea stays the single source of the clause text.

/** Wraps the selection in **…** (an empty selection inserts a pair to type into). */
export function markBold(text: string, start: number, end: number): string {
  return `${text.slice(0, start)}**${text.slice(start, end)}**${text.slice(end)}`;
}

/** Turns the selected lines into "1. ", "2. " … items (the current line without a selection). */
export function markNumbered(text: string, start: number, end: number): string {
  const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const to = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(from, to).split('\n');
  const numbered = lines.map((line, i) => `${i + 1}. ${line.replace(/^\d+\.\s+/, '')}`);
  return `${text.slice(0, from)}${numbered.join('\n')}${text.slice(to)}`;
}
