import { z } from 'zod';

// Agreement documents (issue 5). One template body feeds the in-app preview, the PDF and
// the DOCX. Clause text is a small, safe markup (never HTML):
//   - paragraphs are separated by a blank line;
//   - lines starting "1. ", "2. " … form a numbered list, "- " a bullet list;
//   - **text** is bold;
//   - {合并字段} is a merge field (names from domain.md §4.4, e.g. {甲方全称}, {金额(大写)}).
// Renderers escape everything else, so user text can never become markup.

/** Built-in template kinds, one per agreement document the office prints. */
export const DOCUMENT_KINDS = [
  'framework',
  'internship_base',
  'order_class',
  'tripartite_internship',
  'apprenticeship_tripartite',
  'mou_en',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Document language, chosen per document and independent of the UI language. */
export const DocumentLang = z.enum(['zh-CN', 'en-US']);
export type DocumentLang = z.infer<typeof DocumentLang>;

export const DocumentClause = z.object({
  heading: z.string().max(200),
  body: z.string().max(20_000),
});
export type DocumentClause = z.infer<typeof DocumentClause>;

/** What document_template.body_json holds. */
export const TemplateBody = z.object({
  /** Title with merge fields allowed, e.g. 校企合作框架协议书. */
  title: z.string().min(1).max(200),
  /** Text before the numbered clauses (parties' intent, principles). */
  preamble: z.string().max(20_000).default(''),
  clauses: z.array(DocumentClause).min(1).max(200),
  /** Text after the clauses (copies clause: 本协议一式{份数}份，各方各执{各执份数}份). */
  closing: z.string().max(20_000).default(''),
});
export type TemplateBody = z.infer<typeof TemplateBody>;

/** The merge values of one agreement: field name → text; null when the data is missing. */
export type MergeValues = Record<string, string | null>;
