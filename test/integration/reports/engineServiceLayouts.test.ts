import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProducedFiles } from '../../../src/main/files/producedFiles';
import { DomainError } from '../../../src/main/errors';
import { createJobRegistry } from '../../../src/main/jobs/jobRegistry';
import { createReportService } from '../../../src/main/reports/reportService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { echoDefinition, uploadEchoDefinition } from './engineFixture';

// Issue 11 in the report service: the upload layout (offered only where a definition has
// buildUpload, xlsx/csv only, refused rows carried to the caller) and reports about now,
// which take no period and are labelled 截至 <today>.

let db: TestDb;
let defaultNames: string[];

function service() {
  const files = createProducedFiles({
    desktop: {
      chooseSavePath: async (o: { defaultName: string }) => {
        defaultNames.push(o.defaultName);
        return null;
      },
      openFile: async () => undefined,
      revealFile: () => undefined,
    },
  } as never);
  return createReportService(db.ctx, {
    settings: createSettingsService(db.ctx),
    jobs: createJobRegistry(() => undefined),
    files,
    definitions: {
      R3: uploadEchoDefinition('R3', { title: '校企合作共同开发课程数据', formats: ['xlsx'] }),
      R10: echoDefinition('R10'),
      R17: echoDefinition('R17', { title: '数据质量报告', periodKind: 'none', formats: ['xlsx'], filters: [] }),
    },
  });
}

async function validationOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('VALIDATION');
  return ((error as DomainError).issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const YEAR = { kind: 'academic', startYear: 2025 } as const;

beforeEach(async () => {
  // 2026-03-01T20:00Z is already 2 March in Beijing: "today" is China's date.
  db = await createTestDb({ now: () => new Date('2026-03-01T20:00:00Z') });
  defaultNames = [];
});
afterEach(() => db.close());

describe('layouts', () => {
  it('lists the layouts each report offers, from the definitions', () => {
    expect(service().list().map((d) => [d.id, d.layouts])).toEqual([
      ['R3', ['review', 'upload']],
      ['R10', ['review']],
      ['R17', ['review']],
    ]);
  });

  it('builds the upload sheet with its refused rows; the review layout stays the default', async () => {
    const reports = service();
    const upload = await reports.preview({ reportId: 'R3', period: YEAR, layout: 'upload' });
    expect(upload.layout).toBe('upload');
    expect(upload.sections.map((s) => [s.sheetName, s.title, s.rows.length])).toEqual([['上报表', 'upload 2025-09-01..2026-08-31', 2]]);
    expect(upload.refused).toEqual([{ label: '无代码企业有限公司', reason: '缺少统一社会信用代码' }]);
    const review = await reports.preview({ reportId: 'R3', period: YEAR });
    expect(review.layout).toBeUndefined();
    expect(review.refused).toBeUndefined();
    expect(review.sections[0]?.notes?.[0]).toBe('range 2025-09-01..2026-08-31');
  });

  it('exports the upload layout as xlsx or csv (even when the review layout has no csv), never PDF', async () => {
    const reports = service();
    const out = path.join(makeTempDir(), 'r3.xlsx');
    const result = await reports.exportToFile({ reportId: 'R3', period: YEAR, layout: 'upload' }, 'xlsx', out);
    expect(result).toMatchObject({ rows: 2, refused: [{ label: '无代码企业有限公司', reason: '缺少统一社会信用代码' }] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('企业名称');
    expect((await reports.exportToFile({ reportId: 'R3', period: YEAR, layout: 'upload' }, 'csv', path.join(makeTempDir(), 'r3.csv'))).rows).toBe(2);
    expect(await validationOf(reports.exportToFile({ reportId: 'R3', period: YEAR, layout: 'upload' }, 'pdf', path.join(makeTempDir(), 'r3.pdf')))).toEqual([
      { path: 'format', message: 'report.formatNotOffered' },
    ]);
    // The review export result says nothing of refused rows.
    expect((await reports.exportToFile({ reportId: 'R10', period: YEAR }, 'xlsx', path.join(makeTempDir(), 'r10.xlsx'))).refused).toBeUndefined();
  });

  it('refuses the upload layout for a report without one, with a field message', async () => {
    const reports = service();
    expect(await validationOf(reports.preview({ reportId: 'R10', period: YEAR, layout: 'upload' }))).toEqual([{ path: 'layout', message: 'report.layoutNotOffered' }]);
    expect(await validationOf(reports.preview({ reportId: 'R10', period: YEAR, layout: 'sideways' }))).toHaveLength(1);
  });

  it('names the upload file apart from the review file', async () => {
    const reports = service();
    await reports.export({ reportId: 'R3', period: YEAR, layout: 'upload', format: 'xlsx', jobId: 'job-upload-1' });
    await reports.export({ reportId: 'R3', period: YEAR, format: 'xlsx', jobId: 'job-review-1' });
    expect(defaultNames).toEqual(['校企合作共同开发课程数据_2025-2026学年_上报版.xlsx', '校企合作共同开发课程数据_2025-2026学年.xlsx']);
  });
});

describe('reports about now', () => {
  it('need no period, cover today in China and are labelled 截至 <today>', async () => {
    const table = await service().build({ reportId: 'R17' });
    expect(table.periodLabel).toBe('截至 2026-03-02');
    expect(table.range).toEqual({ from: '2026-03-02', to: '2026-03-02' });
    expect(table.period).toEqual({ kind: 'academic', startYear: 2025 });
    expect(table.sections[0]?.notes?.[0]).toBe('range 2026-03-02..2026-03-02');
  });

  it('still take an old request with a period, and ignore it', async () => {
    const table = await service().build({ reportId: 'R17', period: { kind: 'academic', startYear: 2019 } });
    expect(table.periodLabel).toBe('截至 2026-03-02');
  });

  it('a report with a period still needs one', async () => {
    expect(await validationOf(service().preview({ reportId: 'R10' }))).toEqual([{ path: 'period', message: 'report.periodRequired' }]);
  });
});
