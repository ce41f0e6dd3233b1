import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentLang } from '@shared/domain/document';
import { TemplateId } from '@shared/domain/documentIpc';
import { Id } from '@shared/domain/common';
import { createCore } from '../core';
import { DomainError } from '../errors';
import { createChromiumPdfPrinter } from '../pdf/chromiumPdfPrinter';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import type { CommandContext } from './commands';
import { printResult } from './output';

export interface DocumentOptions {
  agreementId: string | undefined;
  template: string | undefined;
  lang: string | undefined;
  out: string | undefined;
}

const LANGS: Record<string, DocumentLang> = { zh: 'zh-CN', 'zh-CN': 'zh-CN', en: 'en-US', 'en-US': 'en-US' };

function parseOptions(o: DocumentOptions) {
  if (!o.agreementId || !Id.safeParse(o.agreementId).success) throw new DomainError('VALIDATION', 'document needs an AGREEMENT_ID (a uuid)');
  if (o.template !== undefined && !TemplateId.safeParse(o.template).success) {
    throw new DomainError('VALIDATION', `--template is not a template id: ${o.template}`);
  }
  const lang = LANGS[o.lang ?? 'zh'];
  if (!lang) throw new DomainError('VALIDATION', `--lang must be zh or en, got ${o.lang}`);
  if (!o.out) throw new DomainError('VALIDATION', 'document needs --out FILE.pdf or FILE.docx');
  const ext = path.extname(o.out).toLowerCase();
  if (ext !== '.pdf' && ext !== '.docx') throw new DomainError('VALIDATION', `--out must end in .pdf or .docx, got ${o.out}`);
  return { agreementId: o.agreementId, templateId: o.template, lang, out: path.resolve(o.out), format: ext === '.pdf' ? ('pdf' as const) : ('docx' as const) };
}

/**
 * `partnerdesk document AGREEMENT_ID [--template ID] [--lang zh|en] --out FILE.pdf|.docx`:
 * renders with the same templates as the app and writes the file; it is not filed as an
 * attachment. Missing merge values are printed (never silently blank), the file is still written.
 */
export async function documentCommand(c: CommandContext, options: DocumentOptions): Promise<void> {
  const o = parseOptions(options);
  const printer: PdfPrinter | undefined = o.format === 'pdf' ? createChromiumPdfPrinter() : undefined;
  try {
    const core = await createCore({ dataDir: c.dataDir, actor: 'cli', ...(printer ? { pdfPrinter: printer } : {}), ...(c.now ? { clock: c.now } : {}) });
    try {
      const file = await core.services.documents.render({ agreementId: o.agreementId, templateId: o.templateId, lang: o.lang, format: o.format });
      // Temp file then rename: an interrupted run never leaves half a document under the name.
      const temp = `${o.out}.${process.pid}.tmp`;
      await fs.writeFile(temp, file.bytes);
      await fs.rename(temp, o.out);
      const lines = [`wrote ${o.out} (${file.bytes.length} bytes)`];
      if (file.missing.length > 0) lines.push(`missing merge values (left blank): ${file.missing.join(', ')}`);
      printResult(c.io, c.json, { file: o.out, bytes: file.bytes.length, missing: file.missing }, lines);
    } finally {
      core.close();
    }
  } finally {
    await printer?.close?.();
  }
}
