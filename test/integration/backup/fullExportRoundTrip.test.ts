import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { DERIVED_TABLES, dataTables } from '../../../src/main/backup/dataTables';
import { dumpTables, rejectionOf, startCore } from './helpers';

describe('full export → import into an empty database', () => {
  it('gives back every row of every data table, trashed rows and tricky text included', async () => {
    const source = await startCore(makeTempDir());
    const s = source.services;
    await s.seed.sample({ mode: 'sample' });
    const partners = (await s.partners.list({ page: 1, pageSize: 3 })).items;
    await s.partners.delete(partners[0]!.id);
    const interaction = await s.interactions.create({
      organisationId: partners[1]!.id,
      kind: 'visit',
      date: '2026-03-05',
      summary: '=HYPERLINK("http://evil.example","点我")',
    });
    await s.interactions.create({ organisationId: partners[1]!.id, kind: 'call', date: '2026-03-06', summary: "'已引用 @张三 -1" });
    await s.interactions.delete(interaction.id);
    const file = path.join(makeTempDir(), '全部数据.xlsx');

    const summary = await s.fullExport.exportTo(file);

    // Every table found by introspection is in the workbook (plus the audit history).
    expect(summary.tables.map((t) => t.table).sort()).toEqual([...dataTables(source.database.sqlite), 'audit_log'].sort());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const orgSheet = workbook.getWorksheet('organisation')!;
    const header = (orgSheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('deleted_at');
    expect(header).toContain('uscc');
    const usccCol = header.indexOf('uscc') + 1;
    for (let r = 2; r <= orgSheet.rowCount; r += 1) {
      const v = orgSheet.getRow(r).getCell(usccCol).value;
      if (v !== null) expect(typeof v).toBe('string'); // code columns stay text
    }
    const txns = workbook.getWorksheet('funding_txn')!;
    const amountCol = (txns.getRow(1).values as unknown[]).indexOf('amount_fen');
    expect(Number.isInteger(txns.getRow(2).getCell(amountCol).value)).toBe(true); // integer 分
    const interactions = workbook.getWorksheet('interaction')!;
    const summaries = interactions.getColumn((interactions.getRow(1).values as unknown[]).indexOf('summary')).values;
    expect(summaries).toContain('\'=HYPERLINK("http://evil.example","点我")'); // formula prefix, reliability.md §10

    const target = await startCore(makeTempDir());
    const imported = await target.services.fullExport.importAll(file);

    expect(imported.tables.reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(100);
    expect(dumpTables(target.database.sqlite)).toEqual(dumpTables(source.database.sqlite));
    // Derived tables are rebuilt by the triggers: search finds the imported partners.
    const q = partners[1]!.fullName.slice(0, 2);
    const ids = async (core: typeof source): Promise<string[]> =>
      (await core.services.search.global({ q, limit: 20 })).groups.flatMap((g) => g.items.map((i) => i.id)).sort();
    expect((await ids(source)).length).toBeGreaterThan(0);
    expect(await ids(target)).toEqual(await ids(source));
    expect(DERIVED_TABLES).toEqual(['search_doc']);

    // Only into an empty database.
    const again = await rejectionOf(target.services.fullExport.importAll(file));
    expect(again.code).toBe('CONFLICT');
  });
});
