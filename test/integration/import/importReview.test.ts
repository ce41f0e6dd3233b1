import { afterEach, describe, expect, it } from 'vitest';
import { importCore } from './importFixture';
import * as rc from './reviewCorpus';

// Issue 10: values that cannot be stored are warnings (row imported, field empty, text in
// notes), value mapping, all-or-nothing still refusing a file with a row error.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const sqlite = t.core.database.sqlite;
  return {
    ...t,
    sqlite,
    partner: (name: string) => sqlite.prepare('select * from organisation where full_name = ?').get(name) as Record<string, unknown> | undefined,
  };
}

const codes = (ws: { row: number; field: string | null; code: string }[]) => ws.map((w) => `${w.row}:${w.field}:${w.code}`);

describe('warnings instead of refusals', () => {
  it('imports every row with a name; unstorable values are listed, left empty and kept in the notes', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.warningsRoster());
    expect(a.errors.map((e) => [e.row, e.field, e.key])).toEqual([[5, 'fullName', 'fieldErrors.required']]);
    expect(codes(a.warnings)).toEqual([
      '2:nature:VALUE_UNMAPPED',
      '2:contactPhone:PHONE_INVALID',
      '2:contactEmail:EMAIL_INVALID',
      '3:nature:VALUE_UNMAPPED',
      '3:size:VALUE_UNMAPPED',
      '3:industryCode:VALUE_UNMAPPED',
      '3:regionCode:REGION_FROM_USCC',
      '4:regionName:VALUE_UNMAPPED',
      '4:regionCode:REGION_FROM_USCC',
    ]);
    expect(a.warnings[2]).toEqual({ row: 2, column: '邮箱', field: 'contactEmail', code: 'EMAIL_INVALID', key: 'fieldErrors.email.invalid', params: { value: 'li@@example' } });
    expect(a.totals).toMatchObject({ rows: 4, valid: 3, invalid: 1, warned: 3 });
    expect(a.rows.map((r) => [r.row, r.status, r.warned])).toEqual([
      [2, 'valid', true],
      [3, 'valid', true],
      [4, 'valid', true],
      [5, 'invalid', false],
    ]);
    // The preview shows what the file holds, never a blank.
    expect(a.rows[0]?.values).toMatchObject({ nature: '国有民营混合', contactEmail: 'li@@example', contactPhone: '0755-123' });
    expect(a.fields.find((f) => f.field === 'nature')?.choices).toEqual({ kind: 'enum', enumName: 'orgNature' });
    expect(a.fields.find((f) => f.field === 'industryCode')?.choices).toEqual({ kind: 'industry' });
    expect(a.fields.find((f) => f.field === 'address')?.choices).toBeNull();

    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-review-1' });
    expect(result).toMatchObject({ committed: true, created: 3, skipped: 1 });
    expect(codes(result.warnings)).toEqual(codes(a.warnings));
    expect(t.partner('华为技术有限公司')).toMatchObject({
      nature: null,
      size: 'large',
      industry_section: 'I',
      industry_code: '65',
      region_code: '440300',
      region_name: '广东省深圳市',
      notes: '老客户\n导入时未能识别：单位性质「国有民营混合」；联系人电话「0755-123」；联系人邮箱「li@@example」',
    });
    expect(t.sqlite.prepare('select name, email, phone from contact order by name').all()).toEqual([
      { name: '李经理', email: null, phone: null },
      { name: '王工', email: 'wang@example.com', phone: null },
    ]);
    expect(t.partner('小米科技有限责任公司')).toMatchObject({
      region_code: '110108',
      notes: '导入时未能识别：单位性质「国有民营混合」；企业规模「超级大」；行业「不存在的行业」',
    });
    expect(t.partner('深圳市腾讯计算机系统有限公司')).toMatchObject({ nature: 'private', industry_code: '65', region_code: '440300', notes: '导入时未能识别：所在地区「朝阳区」' });
  });

  it('all-or-nothing still writes nothing when one row is refused', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.warningsRoster());
    const before = { org: t.count('organisation'), contact: t.count('contact'), audit: t.count('audit_log') };
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-review-2' });
    expect(result).toMatchObject({ committed: false, created: 0, merged: 0 });
    expect({ org: t.count('organisation'), contact: t.count('contact'), audit: t.count('audit_log') }).toEqual(before);
  });

  it('lists unknown values once per column with their rows and a suggestion', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.warningsRoster());
    expect(a.unknownValues.map((u) => [u.field, u.column, u.text, u.count, u.rows, u.chosen, u.decided])).toEqual([
      ['nature', '企业性质', '国有民营混合', 2, [2, 3], null, false],
      ['size', '企业规模', '超级大', 1, [3], null, false],
      ['industryCode', '所属行业', '不存在的行业', 1, [3], null, false],
      ['regionName', '所在地区', '朝阳区', 1, [4], null, false],
    ]);
    expect(a.unknownValues.find((u) => u.field === 'size')?.suggestion).toBe('large');
  });
});

describe('value mapping', () => {
  it("applies the user's choices (raw text or key), a null choice leaves the field blank with the text in notes", async () => {
    const t = await setup();
    const bytes = await rc.warningsRoster();
    const a = await t.imports.analyze({
      fileName: '名单.xlsx',
      dataBase64: bytes.toString('base64'),
      entity: 'partners',
      values: { nature: { ' 国有民营混合 ': 'state_holding' }, size: { 超级大: null }, regionName: { 朝阳区: '440305' }, industryCode: { 不存在的行业: '6513' } },
    });
    expect(a.values).toEqual({ nature: { 国有民营混合: 'state_holding' }, size: { 超级大: null }, regionName: { 朝阳区: '440305' }, industryCode: { 不存在的行业: '6513' } });
    expect(a.unknownValues.map((u) => [u.field, u.chosen, u.decided])).toEqual([
      ['nature', 'state_holding', true],
      ['size', null, true],
      ['industryCode', '6513', true],
      ['regionName', '440305', true],
    ]);
    expect(codes(a.warnings.filter((w) => w.row === 3))).toEqual(['3:size:VALUE_UNMAPPED', '3:regionCode:REGION_FROM_USCC']);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-review-3' });
    expect(t.partner('小米科技有限责任公司')).toMatchObject({ nature: 'state_holding', size: null, industry_section: 'I', industry_code: '6513', notes: '导入时未能识别：企业规模「超级大」' });
    expect(t.partner('深圳市腾讯计算机系统有限公司')).toMatchObject({ region_code: '440305', region_name: '广东省深圳市南山区', notes: null });
  });

  it('a saved mapping whose headers fit is applied without being asked for, with its values; --no-saved-mapping turns it off', async () => {
    const t = await setup();
    const saved = await t.imports.saveMapping({
      entity: 'partners',
      name: '去年的名单',
      columns: { 单位名称: 'fullName', 企业性质: 'nature', 开户银行: 'address' },
      values: { nature: { 国有民营混合: 'joint_venture' } },
    });
    expect(saved.values).toEqual({ nature: { 国有民营混合: 'joint_venture' } });
    const bytes = await rc.warningsRoster();
    const a = await t.analyze('名单.xlsx', bytes);
    expect(a.appliedMapping).toEqual({ id: saved.id, name: '去年的名单' });
    expect(a.columns.find((c) => c.header === '开户银行')?.field).toBe('address');
    expect(a.unmappedColumns).toEqual([]);
    expect(a.unknownValues.find((u) => u.field === 'nature')).toMatchObject({ chosen: 'joint_venture', decided: true });
    // The user's own choice still wins over the saved one.
    const mine = await t.imports.analyze({ fileName: '名单.xlsx', dataBase64: bytes.toString('base64'), entity: 'partners', values: { nature: { 国有民营混合: 'private' } } });
    expect(mine.unknownValues.find((u) => u.field === 'nature')?.chosen).toBe('private');
    const off = await t.imports.analyze({ fileName: '名单.xlsx', dataBase64: bytes.toString('base64'), entity: 'partners', useSavedMapping: false });
    expect(off.appliedMapping).toBeNull();
    expect(off.unknownValues.find((u) => u.field === 'nature')?.decided).toBe(false);
    // A mapping whose headers are not all in the file does not apply.
    await t.imports.saveMapping({ entity: 'partners', name: '别的格式', columns: { 单位名称: 'fullName', 合作年限: 'notes' } });
    expect((await t.analyze('名单.xlsx', bytes)).appliedMapping?.name).toBe('去年的名单');
  });

  it('the error report re-imported reuses the saved mapping and its values; its own columns are not data', async () => {
    const t = await setup();
    const bytes = await rc.warningsRoster();
    const first = await t.imports.analyze({ fileName: '名单.xlsx', dataBase64: bytes.toString('base64'), entity: 'partners', values: { nature: { 国有民营混合: 'state_holding' } } });
    await t.imports.saveMapping({ entity: 'partners', name: '名单', columns: Object.fromEntries(first.columns.map((c) => [c.header, c.field])), values: first.values });
    const { makeTempDir } = await import('../../helpers/tempDir');
    const path = await import('node:path');
    const fs = await import('node:fs');
    const file = path.join(makeTempDir(), '错误报告.xlsx');
    await t.imports.errorReport({ analysisId: first.analysisId }, file);
    const again = await t.analyze('名单-错误报告.xlsx', fs.readFileSync(file));
    expect(again.appliedMapping?.name).toBe('名单');
    expect(again.unmappedColumns).toEqual(['开户银行']);
    expect(again.unknownValues.find((u) => u.field === 'nature')).toMatchObject({ chosen: 'state_holding', decided: true });
    expect(again.errors.map((e) => e.row)).toEqual([5]);
  });
});
