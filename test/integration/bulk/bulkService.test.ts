import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { DomainError } from '../../../src/main/errors';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { makeTempDir } from '../../helpers/tempDir';

// Bulk actions of the list pages through the one bulk service and its per-entity adapters.

const clock = () => new Date('2026-11-28T02:00:00Z');

async function withCore(run: (core: Core, dir: string) => Promise<void>): Promise<void> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: path.join(dir, 'data'), clock, actor: 'test' });
  try {
    await run(core, dir);
  } finally {
    core.close();
  }
}

async function threePartners(core: Core): Promise<string[]> {
  const names = ['甲方科技有限公司', '乙方物流有限公司', '=丙方制造有限公司'];
  const ids: string[] = [];
  for (const fullName of names) ids.push((await core.services.partners.create({ kind: 'enterprise', fullName, status: 'prospect' })).id);
  return ids;
}

describe('bulk service', () => {
  it('trashes N partners as one batch and restores the same batch', async () => {
    await withCore(async (core) => {
      const s = core.services;
      const [a, b, c] = await threePartners(core);
      const result = await s.bulk.trash({ entity: 'partner', ids: [a ?? '', b ?? ''] });
      expect(result).toEqual({ done: [a, b], failed: [] });
      expect((await s.partners.list({})).items.map((p) => p.id)).toEqual([c]);
      expect((await s.trash.list({ entityType: 'partner' })).total).toBe(2);
      const back = await s.bulk.restore({ entity: 'partner', ids: result.done });
      expect(back.done).toHaveLength(2);
      expect((await s.partners.list({})).total).toBe(3);
    });
  });

  it('validates the status before touching any row, then changes all', async () => {
    await withCore(async (core) => {
      const s = core.services;
      const ids = await threePartners(core);
      const error = await s.bulk.setStatus({ entity: 'partner', ids, status: 'signing' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION');
      expect((error as DomainError).issues?.[0]?.path).toEqual(['status']);
      expect((await s.partners.list({})).items.every((p) => p.status === 'prospect')).toBe(true);

      const done = await s.bulk.setStatus({ entity: 'partner', ids: ids.slice(0, 2), status: 'active' });
      expect(done.done).toHaveLength(2);
      const statuses = (await s.partners.list({ sortBy: 'fullName', sortDir: 'asc' })).items.map((p) => [p.fullName, p.status]);
      expect(statuses.filter(([, st]) => st === 'active')).toHaveLength(2);

      const unit = await s.reference.orgUnits.create({ name: '智能制造学院', kind: 'college' });
      await s.bulk.setOwner({ entity: 'partner', ids, orgUnitId: unit.id });
      expect((await s.partners.list({})).items.every((p) => p.ownerOrgUnitId === unit.id)).toBe(true);
    });
  });

  it('exports the selection or the filtered list to xlsx, read back', async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const ids = await threePartners(core);
      await s.bulk.setStatus({ entity: 'partner', ids: [ids[0] ?? ''], status: 'active' });

      const selected = path.join(dir, 'selected.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'partner', ids: [ids[2] ?? '', ids[1] ?? ''] }, selected, NO_JOB)).toBe(2);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(selected);
      const sheet = book.worksheets[0];
      expect(sheet?.name).toBe('合作单位');
      expect(sheet?.getRow(1).getCell(1).value).toBe('单位全称');
      // Text that starts like a formula is written as text, never as a formula.
      expect(sheet?.getRow(2).getCell(1).value).toBe("'=丙方制造有限公司");
      expect(sheet?.getRow(3).getCell(1).value).toBe('乙方物流有限公司');
      expect(sheet?.getRow(2).getCell(4).value).toBe('潜在');
      expect(sheet?.rowCount).toBe(3);

      const filtered = path.join(dir, 'filtered.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'partner', query: { status: 'active' } }, filtered, NO_JOB)).toBe(1);
      const book2 = new ExcelJS.Workbook();
      await book2.xlsx.readFile(filtered);
      expect(book2.worksheets[0]?.getRow(2).getCell(1).value).toBe('甲方科技有限公司');
      expect(book2.worksheets[0]?.rowCount).toBe(2);
    });
  });

  it('trashes and exports courses and funding transactions through their adapters', async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const source = await s.fundingSources.create({ kind: 'fiscal_special', name: '省级专项' });
      const txn = await s.fundingTxns.create({ sourceId: source.id, direction: 'in', amountFen: 1_234_567, date: '2026-03-01', voucherNo: 'PZ001' });
      const file = path.join(dir, 'funding.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'fundingTxn', ids: [txn.id] }, file, NO_JOB)).toBe(1);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const row = book.worksheets[0]?.getRow(2);
      expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(3).value, row?.getCell(4).value]).toEqual(['2026-03-01', '收入', 12345.67, 'PZ001']);
      // Blank stays blank (no summary), never 0 or 无.
      expect(row?.getCell(5).value).toBeNull();

      const [partnerId] = await threePartners(core);
      const course = await s.courses.create({ kind: 'course', name: '工业机器人现场编程', organisationId: partnerId ?? '' });
      expect(await s.bulk.trash({ entity: 'course', ids: [course.id] })).toEqual({ done: [course.id], failed: [] });
      expect((await s.courses.list({})).total).toBe(0);
      // A course has no status: the bulk status change is refused before anything is touched.
      const error = await s.bulk.setStatus({ entity: 'course', ids: [course.id], status: 'active' }).catch((e: unknown) => e);
      expect((error as DomainError).code).toBe('VALIDATION');
    });
  });
});
