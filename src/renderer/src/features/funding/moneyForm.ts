import type { ValidationIssue } from '@shared/ipc/result';
import { tryYuanToFen } from '@shared/format/money';

/** An amount typed in 元 ('1,234.50', '￥80') as 分, or null when empty; undefined when not an amount. */
export function fenFromYuanText(text: string | null | undefined): number | null | undefined {
  if (text === null || text === undefined || text.trim() === '') return null;
  const fen = tryYuanToFen(text);
  return fen === null || fen < 0 ? undefined : fen;
}

/** Issues about the stored fen field belong to the 元 field the user typed in. */
export function renameIssuePaths(issues: readonly ValidationIssue[], from: string, to: string): ValidationIssue[] {
  return issues.map((i) => ({ ...i, path: i.path.map((p) => (p === from ? to : p)) }));
}
