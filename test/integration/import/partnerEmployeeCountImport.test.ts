import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { validUscc } from '../../helpers/testDb';
import { importCore } from './importFixture';

// A partner roster's 在岗职工总数 / 职工人数 column (R5's host figure, migration 0016): stored as
// typed; a later roster without the column leaves it alone.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合作单位');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('partner import: 在岗职工总数', () => {
  it('reads 在岗职工总数 and 职工人数 headers and keeps the figure when a roster has no such column', async () => {
    const t = await importCore();
    close = () => t.core.close();
    const count = (name: string) =>
      t.core.database.sqlite.prepare('select employee_count from organisation where full_name = ?').pluck().get(name);
    const a = await t.analyze('名单.xlsx', await workbook([
      ['单位名称', '统一社会信用代码', '在岗职工总数'],
      ['深圳华星科技有限公司', validUscc(1), 5200],
      ['广州恒达汽车服务有限公司', validUscc(2), null],
    ]), 'partners');
    expect(a.columns.map((c) => c.field)).toEqual(['fullName', 'uscc', 'employeeCount']);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-emp-1' });
    expect([count('深圳华星科技有限公司'), count('广州恒达汽车服务有限公司')]).toEqual([5200, null]);

    const b = await t.analyze('名单2.xlsx', await workbook([['企业名称', '统一社会信用代码', '职工人数'], ['广州恒达汽车服务有限公司', validUscc(2), 860]]), 'partners');
    expect(b.columns.map((c) => c.field)).toEqual(['fullName', 'uscc', 'employeeCount']);
    await t.imports.commit({ analysisId: b.analysisId, mode: 'all-or-nothing', jobId: 'job-emp-2', decisions: { duplicates: 'update' } });
    const c = await t.analyze('名单3.xlsx', await workbook([['单位名称', '统一社会信用代码', '地址'], ['深圳华星科技有限公司', validUscc(1), '深圳市南山区']]), 'partners');
    await t.imports.commit({ analysisId: c.analysisId, mode: 'all-or-nothing', jobId: 'job-emp-3', decisions: { duplicates: 'update' } });
    expect([count('深圳华星科技有限公司'), count('广州恒达汽车服务有限公司')]).toEqual([5200, 860]);
  });
});
