import fs from 'node:fs';
import path from 'node:path';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { storedFilePath } from '../../../src/main/attachments/attachmentStore';
import { createDocumentService } from '../../../src/main/documents/documentService';
import { createJobRegistry } from '../../../src/main/jobs/jobRegistry';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import type { PdfPrinter } from '../../../src/main/pdf/pdfPrinter';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

export const SCHOOL = '示例职业技术学院';
export const ENTERPRISE = '𠮷珺智能制造有限公司';

/** Records what it was asked to print and answers with a tiny PDF; `hold` waits for cancel. */
export function recordingPrinter(options: { hold?: boolean } = {}) {
  const printed: string[] = [];
  let started: () => void = () => undefined;
  const whenPrinting = new Promise<void>((resolve) => (started = resolve));
  const printer: PdfPrinter = {
    print(html, o = {}) {
      printed.push(html);
      started();
      if (!options.hold) return Promise.resolve(Buffer.from(`%PDF-1.4\n% ${printed.length}\n%%EOF\n`));
      return new Promise((_resolve, reject) => {
        o.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
      });
    },
  };
  return { printer, printed, whenPrinting };
}

export interface DocumentSetup {
  t: TestDb;
  dataDir: string;
  documents: ReturnType<typeof createDocumentService>;
  jobs: ReturnType<typeof createJobRegistry>;
  agreementId: string;
  readStored(storedName: string): Buffer;
}

/** A database with the college profile, one partner and a two-party framework agreement. */
export async function setupDocuments(printer?: PdfPrinter): Promise<DocumentSetup> {
  const t = await createTestDb({ now: steppingClock('2026-11-28T02:00:00.000Z') });
  const dataDir = path.join(t.dir, 'data');
  const jobs = createJobRegistry(() => undefined);
  const documents = createDocumentService(t.ctx, { dataDir, jobs, pdfPrinter: printer });
  await createSettingsService(t.ctx).update({ college: { fullName: SCHOOL, legalRepresentative: '张校长', address: '广州市天河区' } });
  const partner = await createPartnerService(t.ctx).create({ kind: 'enterprise', fullName: ENTERPRISE, uscc: '914403001922038216' });
  const agreement = await createAgreementService(t.ctx).create({
    agreementNo: 'XQ-2026-001',
    title: '校企合作框架协议',
    type: 'framework',
    parties: [
      { role: '甲', partyType: 'school' },
      { role: '乙', partyType: 'enterprise', organisationId: partner.id },
    ],
  });
  return {
    t,
    dataDir,
    documents,
    jobs,
    agreementId: agreement.id,
    readStored: (storedName) => fs.readFileSync(storedFilePath(dataDir, storedName) ?? ''),
  };
}

export function auditActions(t: TestDb, table: string): string[] {
  return t.app.sqlite.prepare('select action from audit_log where table_name = ? order by id').pluck().all(table) as string[];
}
