import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { industryOf, regionOf } from '../../../src/main/import/entities/partnerClassification';
import type { FieldIssue } from '../../../src/main/import/entities/entityDef';
import { appendedNotes } from '../../../src/main/import/entities/partnersEntity';
import { importCore } from './importFixture';
import { HUAWEI_NAME, seedPlacementRefs } from './placementCorpus';

// Review fixes: an update appends the imported notes instead of replacing the stored ones;
// 解除日期 is not lost; a 门类-only column never refuses an update; both region fields follow
// the resolved region; conflicting classification columns are warnings, not silent drops.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const refs = await seedPlacementRefs(t.core);
  let job = 0;
  const importFile = async (entity: 'partners' | 'agreements', bytes: Buffer, duplicates: 'update' | 'skip' = 'update') => {
    const a = await t.imports.analyze({ fileName: `${entity}.xlsx`, dataBase64: bytes.toString('base64'), entity });
    expect(a.errors).toEqual([]);
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: `job-updates-${++job}`, decisions: { duplicates } });
    return { a, result };
  };
  return { ...t, refs, importFile };
}

async function workbook(headers: string[], rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const UNRECOGNISED = '导入时未能识别：单位性质「国有民营混合」';

describe('appendedNotes', () => {
  it('appends, skips what is already there, and cuts only the appended part at the limit', () => {
    expect(appendedNotes(null, 'b')).toBe('b');
    expect(appendedNotes('a', null)).toBeUndefined();
    expect(appendedNotes('a\nb', 'b')).toBeUndefined();
    expect(appendedNotes('a', 'b')).toBe('a\nb');
    expect(appendedNotes('aaaa', 'bbbb', 7)).toBe('aaaa\nbb');
    expect(appendedNotes('aaaaaa', 'bbbb', 7)).toBeUndefined();
  });
});

describe('partner updates', () => {
  it('keeps the stored notes and appends the imported ones (once)', async () => {
    const t = await setup();
    const id = t.refs.huawei;
    await t.core.services.partners.update({ id, patch: { notes: '2019年签约，联系人王老师' } });
    const file = await workbook(['企业名称', '企业性质'], [[HUAWEI_NAME, '国有民营混合']]);
    const { result } = await t.importFile('partners', file);
    expect(result).toMatchObject({ committed: true, updated: 1 });
    expect((await t.core.services.partners.get(id)).notes).toBe(`2019年签约，联系人王老师\n${UNRECOGNISED}`);
    // The same file again adds nothing.
    await t.importFile('partners', file);
    expect((await t.core.services.partners.get(id)).notes).toBe(`2019年签约，联系人王老师\n${UNRECOGNISED}`);
  });

  it('a 行业门类 of another 门类 leaves the stored code and says so in the notes; the roster still commits', async () => {
    const t = await setup();
    const id = t.refs.huawei;
    await t.core.services.partners.update({ id, patch: { industryCode: '65' } });
    const file = await workbook(['企业名称', '行业门类', '所在地区'], [[HUAWEI_NAME, '制造业', '深圳市']]);
    const { result } = await t.importFile('partners', file);
    expect(result).toMatchObject({ committed: true, updated: 1 });
    const p = await t.core.services.partners.get(id);
    expect(p).toMatchObject({ industryCode: '65', industrySection: 'I', regionCode: '440300', regionName: '广东省深圳市' });
    expect(p.notes).toBe('行业门类：制造业（与已有行业 65 不符，未更新）');
  });

  it('a region name alone replaces the stored code and name together', async () => {
    const t = await setup();
    const id = t.refs.huawei;
    await t.core.services.partners.update({ id, patch: { regionCode: '110105' } });
    const file = await workbook(['企业名称', '所在地区'], [[HUAWEI_NAME, '深圳市']]);
    await t.importFile('partners', file);
    expect(await t.core.services.partners.get(id)).toMatchObject({ regionCode: '440300', regionName: '广东省深圳市' });
  });
});

describe('conflicting classification columns', () => {
  it('regions not on one chain: the more specific is kept, the other is an issue on its field', () => {
    const issues: FieldIssue[] = [];
    expect(regionOf({ regionCode: '440300', regionName: '110000' }, issues)).toMatchObject({ code: '440300' });
    expect(issues.map((i) => [i.field, i.code])).toEqual([['regionName', 'REGION_MISMATCH']]);
    const nested: FieldIssue[] = [];
    expect(regionOf({ regionCode: '440000', regionName: '440305' }, nested)).toMatchObject({ code: '440305' });
    expect(nested).toEqual([]);
  });

  it('industries not on one chain: the more specific is kept, the other is an issue on its field', () => {
    const digits: FieldIssue[] = [];
    expect(industryOf({ industryCode: '3911', industrySection: '65' }, digits)).toMatchObject({ industryCode: '3911' });
    expect(digits.map((i) => [i.field, i.code])).toEqual([['industrySection', 'INDUSTRY_MISMATCH']]);
    const letters: FieldIssue[] = [];
    expect(industryOf({ industryCode: 'I', industrySection: 'C' }, letters)).toMatchObject({ industrySection: 'I' });
    expect(letters.map((i) => [i.field, i.code])).toEqual([['industrySection', 'INDUSTRY_MISMATCH']]);
    const nested: FieldIssue[] = [];
    expect(industryOf({ industryCode: '3911', industrySection: '39' }, nested)).toMatchObject({ industryCode: '3911' });
    expect(nested).toEqual([]);
  });

  it('a roster with two regions that disagree warns and keeps the other text in the notes', async () => {
    const t = await setup();
    const file = await workbook(['企业名称', '行政区划代码', '所在地区'], [['深圳某某科技有限公司', '440300', '北京市']]);
    const a = await t.imports.analyze({ fileName: 'p.xlsx', dataBase64: file.toString('base64'), entity: 'partners' });
    expect(a.warnings.map((w) => [w.row, w.field, w.code, w.params['value']])).toEqual([[2, 'regionName', 'REGION_MISMATCH', '北京市']]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-updates-region' });
    const row = t.core.database.sqlite.prepare(`select region_code, notes from organisation where full_name = ?`).get('深圳某某科技有限公司') as { region_code: string; notes: string };
    expect(row.region_code).toBe('440300');
    expect(row.notes).toContain('北京市');
  });
});

type AgreementRow = { status: string; terminated_on: string | null; notes: string | null };
const agreementRow = (t: Awaited<ReturnType<typeof setup>>, title: string): AgreementRow =>
  t.core.database.sqlite.prepare(`select status, terminated_on, notes from agreement where title = ? and deleted_at is null`).get(title) as AgreementRow;

const AGREEMENT_HEADERS = ['协议名称', '协议类型', '合作单位', '协议编号', '协议状态', '签约日期', '解除日期', '备注'];

describe('agreements: 解除日期', () => {
  it('blank status + 解除日期 → terminated on it; 生效 + 解除日期 → active, warned, date kept in notes; a future date is not used', async () => {
    const t = await setup();
    const file = await workbook(AGREEMENT_HEADERS, [
      ['协议甲', '订单班', HUAWEI_NAME, 'A-1', null, '2024-01-10', '2025-06-30', null],
      ['协议乙', '订单班', HUAWEI_NAME, 'A-2', '生效', '2024-01-10', '2025-06-30', null],
      ['协议丙', '订单班', HUAWEI_NAME, 'A-3', null, '2024-01-10', '2030-01-01', '原备注'],
    ]);
    const a = await t.imports.analyze({ fileName: 'a.xlsx', dataBase64: file.toString('base64'), entity: 'agreements' });
    expect(a.errors).toEqual([]);
    expect(a.warnings.map((w) => [w.row, w.field, w.code])).toEqual([[3, 'terminatedOn', 'VALUE_INVALID']]);
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-updates-terminated' });
    expect(result).toMatchObject({ committed: true, created: 3 });
    expect(agreementRow(t, '协议甲')).toEqual({ status: 'terminated', terminated_on: '2025-06-30', notes: null });
    const b = agreementRow(t, '协议乙');
    expect(b).toMatchObject({ status: 'active', terminated_on: null });
    expect(b.notes).toContain('2025-06-30');
    expect(agreementRow(t, '协议丙')).toEqual({ status: 'active', terminated_on: null, notes: '原备注\n解除日期「2030-01-01」晚于导入日期，未采用' });
  });

  it('an update appends the notes and terminates the stored agreement on the 解除日期', async () => {
    const t = await setup();
    await t.importFile('agreements', await workbook(AGREEMENT_HEADERS, [['协议甲', '订单班', HUAWEI_NAME, 'A-1', '生效', '2024-01-10', null, '2019年签约']]));
    const { result } = await t.importFile('agreements', await workbook(AGREEMENT_HEADERS, [['协议甲', '订单班', HUAWEI_NAME, 'A-1', null, null, '2025-06-30', '补充说明']]));
    expect(result).toMatchObject({ committed: true, updated: 1 });
    expect(agreementRow(t, '协议甲')).toEqual({ status: 'terminated', terminated_on: '2025-06-30', notes: '2019年签约\n补充说明' });
  });
});
