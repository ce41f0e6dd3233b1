import { afterEach, describe, expect, it } from 'vitest';
import { importCore } from './importFixture';
import * as rc from './reviewCorpus';

// Repeats within the file merged into the earlier row (issue 10): a usable value is never
// blanked by a repeat's text that could not be stored, and a repeat fills a field whose
// earlier text could not be stored. Notes the importer composes never refuse a row: what
// does not fit is listed as NOTES_OVERFLOW. A repeat the user skips is not merged.

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
    contacts: () => sqlite.prepare('select name, mobile, phone from contact order by name').all(),
  };
}

const NAME = '华为技术有限公司';

describe('merging a repeat: values that could not be stored', () => {
  it('keeps the earlier row’s valid value when the repeat’s text is not recognised (conflict, in the notes)', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '企业性质'],
        [
          [NAME, rc.HUAWEI, '民营企业'],
          [NAME, rc.HUAWEI, '私营个体户'],
        ],
      ),
    );
    expect(a.errors).toEqual([]);
    expect(a.duplicates).toEqual([
      { row: 3, reason: 'uscc', sameAsRow: 2, existingId: null, existingLabel: null, conflicts: [{ field: 'nature', kept: '民营企业', other: '私营个体户' }] },
    ]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-1' });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 1, skipped: 0 });
    expect(r.warnings.map((w) => w.code)).toEqual(['REGION_FROM_USCC']);
    expect(t.partner(NAME)).toMatchObject({ nature: 'private', notes: '合并文件第 3 行时不同的值：单位性质「私营个体户」' });
  });

  it('takes the repeat’s valid value when the earlier row’s text was not recognised; that text stays in the notes', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '企业性质'],
        [
          [NAME, rc.HUAWEI, '私营个体户'],
          [NAME, rc.HUAWEI, '民营企业'],
        ],
      ),
    );
    expect(a.errors).toEqual([]);
    expect(a.duplicates.map((d) => d.conflicts)).toEqual([[{ field: 'nature', kept: '民营企业', other: '私营个体户' }]]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-2' });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 1 });
    expect(t.partner(NAME)).toMatchObject({ nature: 'private', notes: '导入时未能识别：单位性质「私营个体户」' });
  });

  it('merges phones both ways: a valid number is kept or taken, the other text goes to the notes', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '联系人', '手机', '电话'],
        [
          [NAME, rc.HUAWEI, '李经理', '138123', '0755-28780808'],
          [NAME, rc.HUAWEI, '李经理', '13812345678', '12345'],
        ],
      ),
    );
    expect(a.errors).toEqual([]);
    expect(a.duplicates.map((d) => d.conflicts)).toEqual([
      [
        { field: 'contactMobile', kept: '13812345678', other: '138123' },
        { field: 'contactPhone', kept: '0755-28780808', other: '12345' },
      ],
    ]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-3' });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 1 });
    expect(t.contacts()).toEqual([{ name: '李经理', mobile: '13812345678', phone: '0755-28780808' }]);
    expect(t.partner(NAME)?.['notes']).toBe('导入时未能识别：联系人手机「138123」\n合并文件第 3 行时不同的值：联系人电话「12345」');
  });

  it('keeps both texts in the notes when neither row’s value can be stored', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '企业性质'],
        [
          [NAME, rc.HUAWEI, '私营个体户'],
          [NAME, rc.HUAWEI, '个体工商'],
        ],
      ),
    );
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-4' });
    expect(t.partner(NAME)).toMatchObject({ nature: null, notes: '导入时未能识别：单位性质「私营个体户」；单位性质「个体工商」' });
  });
});

describe('notes longer than their limit', () => {
  const own = '备'.repeat(4990);

  it('keeps the row and the person’s own notes; what the import added and did not fit is a NOTES_OVERFLOW warning', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.workbook(['单位名称', '企业性质', '备注'], [[NAME, '私营个体户', own]]));
    expect(a.errors).toEqual([]);
    expect(a.warnings.map((w) => [w.row, w.field, w.code, w.params['value']])).toEqual([
      [2, 'nature', 'VALUE_UNMAPPED', '私营个体户'],
      [2, 'notes', 'NOTES_OVERFLOW', '导入时未能识别：单位性质「私营个体户」'],
    ]);
    expect(a.warnings[1]).toMatchObject({ column: '备注', key: 'importReview.warnings.notesOverflow' });
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-5' });
    expect(r).toMatchObject({ committed: true, created: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(['VALUE_UNMAPPED', 'NOTES_OVERFLOW']);
    expect(t.partner(NAME)).toMatchObject({ nature: null, notes: own });
  });

  it('keeps the lines that fit', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(['单位名称', '企业性质', '开户银行', '备注'], [[NAME, '私营个体户', '招商银行'.repeat(10), '备'.repeat(4950)]]),
    );
    expect(a.errors).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-6' });
    expect(t.partner(NAME)).toMatchObject({ notes: `${'备'.repeat(4950)}\n导入时未能识别：单位性质「私营个体户」` });
  });

  it('still merges a repeat whose conflicts do not fit, listing them', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '法定代表人', '地址', '备注'],
        [
          [NAME, rc.HUAWEI, '任正非', null, own],
          [NAME, rc.HUAWEI, '徐直军', '深圳市龙岗区坂田华为基地', null],
        ],
      ),
    );
    expect(a.errors).toEqual([]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-7' });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 1 });
    expect(r.warnings.map((w) => [w.row, w.code, w.params['value']])).toEqual([
      [2, 'NOTES_OVERFLOW', '合并文件第 3 行时不同的值：法定代表人「徐直军」'],
      [2, 'REGION_FROM_USCC', '广东省深圳市'],
    ]);
    expect(t.partner(NAME)).toMatchObject({ legal_representative: '任正非', address: '深圳市龙岗区坂田华为基地', notes: own });
  });

  it('refuses a row whose own notes are too long, as before', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.workbook(['单位名称', '企业性质', '备注'], [[NAME, '私营个体户', '备'.repeat(5001)]]));
    expect(a.errors.map((e) => [e.row, e.field])).toEqual([[2, 'notes']]);
  });
});

describe('a repeat with a decision of its own', () => {
  it('is not merged: the earlier row is written with the repeats that merge only', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '地址', '法定代表人', '网址'],
        [
          [NAME, rc.HUAWEI, null, null, null],
          [NAME, rc.HUAWEI, '深圳市龙岗区坂田华为基地', '徐直军', null],
          [NAME, rc.HUAWEI, null, null, 'https://www.huawei.com'],
        ],
      ),
    );
    expect(a.duplicates.map((d) => [d.row, d.sameAsRow])).toEqual([
      [3, 2],
      [4, 2],
    ]);
    const r = await t.imports.commit({
      analysisId: a.analysisId,
      mode: 'all-or-nothing',
      jobId: 'job-merge-8',
      decisions: { rows: [{ row: 3, action: 'skip' }] },
    });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 1, skipped: 1 });
    expect(t.count('organisation')).toBe(1);
    expect(t.partner(NAME)).toMatchObject({ address: null, legal_representative: null, website: 'https://www.huawei.com', notes: null });
  });

  it('merges all repeats without decisions, as analysed', async () => {
    const t = await setup();
    const a = await t.analyze(
      '名单.xlsx',
      await rc.workbook(
        ['单位名称', '统一社会信用代码', '地址', '网址'],
        [
          [NAME, rc.HUAWEI, null, null],
          [NAME, rc.HUAWEI, '深圳市龙岗区坂田华为基地', null],
          [NAME, rc.HUAWEI, null, 'https://www.huawei.com'],
        ],
      ),
    );
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-merge-9' });
    expect(r).toMatchObject({ committed: true, created: 1, merged: 2, skipped: 0 });
    expect(t.partner(NAME)).toMatchObject({ address: '深圳市龙岗区坂田华为基地', website: 'https://www.huawei.com' });
  });
});
