import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src/shared/domain/jobs';
import { REPORT_PREVIEW_ROW_LIMIT } from '../../../src/shared/domain/report';
import { createProducedFiles } from '../../../src/main/files/producedFiles';
import { createJobRegistry, NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { createReportService } from '../../../src/main/reports/reportService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { echoDefinition } from './engineFixture';

// The report service with test-only definitions: period resolution, preview, format and
// organisation rules, export through the job registry (cancel leaves nothing behind).

const PARTNER = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
let db: TestDb;
let progress: JobProgress[];
let onProgress: (p: JobProgress) => void;

function service(options: { savePath?: string | null } = {}) {
  const jobs = createJobRegistry((p) => {
    progress.push(p);
    onProgress(p);
  });
  const files = createProducedFiles({
    desktop: { chooseSavePath: async () => options.savePath ?? null, openFile: async () => undefined, revealFile: () => undefined },
  });
  const reports = createReportService(db.ctx, {
    settings: createSettingsService(db.ctx),
    jobs,
    files,
    definitions: {
      R10: echoDefinition('R10', {}, 1200),
      R11: echoDefinition('R11', { title: '到期预警', formats: ['pdf'] }),
      R8: echoDefinition('R8', { title: '企业年报素材', periodKind: 'calendar', formats: ['pdf'], needsOrganisation: true }),
    },
  });
  return { reports, jobs };
}

beforeEach(async () => {
  db = await createTestDb({ now: () => new Date('2026-03-01T08:00:00Z') });
  progress = [];
  onProgress = () => undefined;
});
afterEach(() => db.close());

describe('report service', () => {
  it('lists the registered descriptors in REPORT_IDS order', () => {
    expect(service().reports.list().map((d) => d.id)).toEqual(['R8', 'R10', 'R11']);
  });

  it('resolves a 学年 with the configured start, the college name and the label', async () => {
    await createSettingsService(db.ctx).update({
      academicYearStart: { month: 8, day: 15 },
      college: { fullName: '深圳职业技术大学', legalRepresentative: null, address: null, uscc: null },
    });
    const table = await service().reports.build({ reportId: 'R10', period: { kind: 'academic', startYear: 2025 } });
    expect(table).toMatchObject({
      title: '协议台账',
      college: '深圳职业技术大学',
      periodLabel: '2025-2026学年',
      range: { from: '2025-08-15', to: '2026-08-14' },
      generatedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(table.sections[0]?.notes?.[0]).toBe('range 2025-08-15..2026-08-14');
    expect(table.sections[0]?.totalRows).toBe(1200);
  });

  it('resolves a calendar year, falls back to 未设置学校名称 and passes filters through', async () => {
    const table = await service().reports.build({
      reportId: 'R8',
      period: { kind: 'calendar', year: 2025 },
      filters: { organisationId: PARTNER },
    });
    expect(table).toMatchObject({ college: '未设置学校名称', periodLabel: '2025年', range: { from: '2025-01-01', to: '2025-12-31' } });
    expect(table.sections[0]?.notes?.[2]).toBe(`filters {"organisationId":"${PARTNER}"}`);
  });

  it(`caps the preview at ${REPORT_PREVIEW_ROW_LIMIT} rows per section and tells the full count`, async () => {
    const preview = await service().reports.preview({ reportId: 'R10', period: { kind: 'academic', startYear: 2025 } });
    expect(preview.sections[0]?.rows).toHaveLength(REPORT_PREVIEW_ROW_LIMIT);
    expect(preview.sections[0]?.totalRows).toBe(1200);
  });

  it('rejects a format the report does not offer, and R8 without an enterprise', async () => {
    const { reports } = service();
    const out = path.join(makeTempDir(), 'x.xlsx');
    await expect(reports.exportToFile({ reportId: 'R11', period: { kind: 'academic', startYear: 2025 } }, 'xlsx', out)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['format'], message: 'report.formatNotOffered' }],
    });
    await expect(reports.preview({ reportId: 'R8', period: { kind: 'calendar', year: 2025 } })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['filters.organisationId'], message: 'report.organisationRequired' }],
    });
    await expect(reports.preview({ reportId: 'R1', period: { kind: 'calendar', year: 2025 } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exports as a job: asks where, writes, registers the file and reports progress', async () => {
    const dir = makeTempDir();
    const { reports } = service({ savePath: path.join(dir, '协议台账') });
    const file = await reports.export({ reportId: 'R10', period: { kind: 'academic', startYear: 2025 }, format: 'xlsx', jobId: 'job-export-1' });
    expect(file).toMatchObject({ fileName: '协议台账.xlsx', folder: dir });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, '协议台账.xlsx'));
    expect(workbook.worksheets[0]?.rowCount).toBe(2 + 1200 + 1 + 3);
    expect(progress.some((p) => p.phase === 'writing' && p.done > 0)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ jobId: 'job-export-1', phase: 'done', done: 1200, total: 1200 });
    expect(fs.readdirSync(dir)).toEqual(['协议台账.xlsx']);
  });

  it('returns null without writing when the save dialog is cancelled', async () => {
    const { reports } = service({ savePath: null });
    await expect(reports.export({ reportId: 'R10', period: { kind: 'academic', startYear: 2025 }, format: 'csv', jobId: 'job-export-2' })).resolves.toBeNull();
    expect(progress).toEqual([]);
  });

  it.each(['xlsx', 'csv'] as const)('cancelled after the first progress event: CANCELLED and no %s file left', async (format) => {
    const dir = makeTempDir();
    const { reports, jobs } = service({ savePath: path.join(dir, `协议台账.${format}`) });
    onProgress = (p) => {
      if (p.phase === 'writing') jobs.cancel(p.jobId);
    };
    await expect(
      reports.export({ reportId: 'R10', period: { kind: 'academic', startYear: 2025 }, format, jobId: `job-cancel-${format}` }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(jobs.runningIds()).toEqual([]);
  });

  it('fails a PDF export clearly when no printer is connected', async () => {
    const logged: string[] = [];
    const reports = createReportService(db.ctx, {
      settings: createSettingsService(db.ctx),
      jobs: createJobRegistry(() => undefined),
      files: createProducedFiles(),
      definitions: { R11: echoDefinition('R11', { formats: ['pdf'] }) },
      log: (m) => logged.push(m),
    });
    const out = path.join(makeTempDir(), 'x.pdf');
    await expect(reports.exportToFile({ reportId: 'R11', period: { kind: 'academic', startYear: 2025 } }, 'pdf', out, NO_JOB)).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    expect(logged.join('\n')).toContain('no PDF printer');
    expect(fs.existsSync(out)).toBe(false);
  });
});
