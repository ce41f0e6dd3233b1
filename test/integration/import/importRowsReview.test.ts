import { afterEach, describe, expect, it } from 'vitest';
import { importCore } from './importFixture';
import * as corpus from './corpus';
import * as rc from './reviewCorpus';

// Issue 10: phones typed as numbers, unverified USCCs, repeats within the file, unmapped
// columns kept in notes, and a roster's cooperation columns creating the agreement.

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

describe('phones typed as numbers', () => {
  it('takes a complete number as is, restores a lost leading 0, keeps nonsense in the notes; the preview shows the number', async () => {
    const t = await setup();
    const a = await t.analyze('电话.xlsx', await rc.phoneRoster());
    expect(a.errors).toEqual([]);
    expect(a.warnings).toEqual([
      { row: 2, column: '电话', field: 'contactPhone', code: 'PHONE_RESTORED', key: 'importReview.warnings.phoneRestored', params: { value: '75528780808', restored: '0755-28780808' } },
      { row: 3, column: '电话', field: 'contactPhone', code: 'PHONE_INVALID', key: 'importReview.warnings.phoneInvalid', params: { value: '12345' } },
    ]);
    expect(a.rows.map((r) => [r.values['contactMobile'], r.values['contactPhone']])).toEqual([
      ['13812345678', '0755-28780808'],
      ['13912345678', '12345'],
    ]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-1' });
    expect(t.sqlite.prepare('select name, mobile, phone from contact order by name').all()).toEqual([
      { name: '乙经理', mobile: '13912345678', phone: null },
      { name: '甲经理', mobile: '13812345678', phone: '0755-28780808' },
    ]);
    expect(t.partner('乙科技有限公司')?.['notes']).toBe('导入时未能识别：联系人电话「12345」');
  });
});

describe('USCC with a wrong check character', () => {
  it('is imported marked unverified by default (the audited override)', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    expect(a.usccUnverifiedRows).toEqual([5]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-rows-2' });
    expect(r.warnings.filter((w) => w.code === 'USCC_UNVERIFIED').map((w) => w.row)).toEqual([5]);
    expect(t.partner('北京百度网讯科技有限公司')).toMatchObject({ uscc: rc.BAIDU_BAD, uscc_check_overridden: 1 });
    expect(t.partner('华为技术有限公司')).toMatchObject({ uscc_check_overridden: 0 });
  });

  it('is skipped with usccUnverified "skip", or per row', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    const skip = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-rows-3', dryRun: true, decisions: { usccUnverified: 'skip' } });
    expect(skip).toMatchObject({ created: 2, skipped: 2 });
    const perRow = await t.imports.commit({
      analysisId: a.analysisId,
      mode: 'valid-only',
      jobId: 'job-rows-4',
      decisions: { usccUnverified: 'import', usccUnverifiedRows: [{ row: 5, action: 'skip' }] },
    });
    expect(perRow).toMatchObject({ created: 2, skipped: 2 });
    expect(t.partner('北京百度网讯科技有限公司')).toBeUndefined();
  });
});

describe('repeats within the file', () => {
  it('finds repeats by USCC and by normalised name, lists conflicts, and merges them into one record', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.repeatsRoster());
    expect(a.duplicates).toEqual([
      { row: 3, reason: 'uscc', sameAsRow: 2, existingId: null, existingLabel: null, conflicts: [{ field: 'legalRepresentative', kept: '任正非', other: '徐直军' }] },
      { row: 4, reason: 'name', sameAsRow: 2, existingId: null, existingLabel: null, conflicts: [] },
    ]);
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-5' });
    expect(r).toMatchObject({ committed: true, created: 2, merged: 2, skipped: 0, duplicates: 2 });
    expect(t.count('organisation')).toBe(2);
    expect(t.partner('华为技术有限公司')).toMatchObject({
      address: '深圳市龙岗区坂田华为基地',
      legal_representative: '任正非',
      notes: '第二行备注\n合并文件第 3 行时不同的值：法定代表人「徐直军」',
    });
    expect(t.count('contact')).toBe(1);
  });

  it('skips the repeats with fileDuplicates "skip"', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.repeatsRoster());
    const r = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-6', decisions: { fileDuplicates: 'skip' } });
    expect(r).toMatchObject({ created: 2, merged: 0, skipped: 2 });
    expect(t.partner('华为技术有限公司')).toMatchObject({ address: null, legal_representative: '任正非', notes: null });
  });

  it('compares rows with errors elsewhere too', async () => {
    const t = await setup();
    const bytes = await rc.workbook(
      ['单位名称', '统一社会信用代码', '成立日期'],
      [
        ['华为技术有限公司', rc.HUAWEI, null],
        ['华为技术有限公司', '9144030019220382', null],
      ],
    );
    const a = await t.analyze('名单.xlsx', bytes);
    expect(a.errors.map((e) => [e.row, e.field])).toEqual([[3, 'uscc']]);
    expect(a.duplicates.map((d) => [d.row, d.reason, d.sameAsRow])).toEqual([[3, 'name', 2]]);
  });
});

describe('unmapped columns', () => {
  it('are listed, and kept in the notes as 「header：value」 with keepUnmappedInNotes', async () => {
    const t = await setup();
    const bytes = await rc.workbook(
      ['单位名称', '开户银行', '', '合作年限'],
      [
        ['华为技术有限公司', '招商银行', '无表头', '3年'],
        ['小米科技有限责任公司', null, null, null],
      ],
    );
    const a = await t.imports.analyze({ fileName: '名单.xlsx', dataBase64: bytes.toString('base64'), entity: 'partners', keepUnmappedInNotes: true });
    expect(a.unmappedColumns).toEqual(['开户银行', '合作年限']);
    expect(a.keepUnmappedInNotes).toBe(true);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-7' });
    expect(t.partner('华为技术有限公司')?.['notes']).toBe('开户银行：招商银行\n合作年限：3年');
    expect(t.partner('小米科技有限责任公司')?.['notes']).toBeNull();
  });
});

describe('cooperation columns of a partner roster', () => {
  const agreements = (t: Awaited<ReturnType<typeof setup>>) =>
    t.sqlite
      .prepare(
        `select a.title, a.type, a.start_date, a.status, p.role, p.party_type, o.full_name from agreement a
         join agreement_party p on p.agreement_id = a.id left join organisation o on o.id = p.organisation_id
         where a.deleted_at is null order by a.title, p.party_type desc`,
      )
      .all();

  it('create the partner’s agreement (type from the column, else framework; active; 甲 college, 乙 partner)', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await rc.cooperationRoster());
    expect(a.columns.map((c) => c.field)).toEqual(['fullName', 'uscc', 'cooperationStartDate', 'cooperationType']);
    expect(a.errors).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-8' });
    expect(agreements(t)).toEqual([
      { title: '华为技术有限公司 校企合作协议', type: 'order_class', start_date: '2021-03-05', status: 'active', role: '甲', party_type: 'school', full_name: null },
      { title: '华为技术有限公司 校企合作协议', type: 'order_class', start_date: '2021-03-05', status: 'active', role: '乙', party_type: 'enterprise', full_name: '华为技术有限公司' },
      { title: '小米科技有限责任公司 校企合作协议', type: 'framework', start_date: '2022-09-01', status: 'active', role: '甲', party_type: 'school', full_name: null },
      { title: '小米科技有限责任公司 校企合作协议', type: 'framework', start_date: '2022-09-01', status: 'active', role: '乙', party_type: 'enterprise', full_name: '小米科技有限责任公司' },
    ]);
  });

  it('on update: an existing live agreement of that type is completed, never duplicated', async () => {
    const t = await setup();
    const first = await t.analyze('名单.xlsx', await rc.cooperationRoster());
    await t.imports.commit({ analysisId: first.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-9' });
    const again = await t.analyze('名单.xlsx', await rc.cooperationRoster());
    expect(again.duplicates.map((d) => d.existingLabel)).toEqual(['华为技术有限公司', '小米科技有限责任公司']);
    const r = await t.imports.commit({ analysisId: again.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-10', decisions: { duplicates: 'update' } });
    expect(r).toMatchObject({ committed: true, updated: 2 });
    expect(t.count('agreement')).toBe(2);
  });

  it('a cooperation date that is no date is a warning: partner created, text in the notes, no agreement', async () => {
    const t = await setup();
    const bytes = await rc.workbook(['单位名称', '合作开始日期', '合作类型'], [['华为技术有限公司', '2021年13月', null]]);
    const a = await t.analyze('名单.xlsx', bytes);
    expect(a.errors).toEqual([]);
    expect(a.warnings.map((w) => [w.field, w.code, w.params['value']])).toEqual([['cooperationStartDate', 'VALUE_INVALID', '2021年13月']]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-11' });
    expect(t.partner('华为技术有限公司')?.['notes']).toBe('导入时未能识别：合作开始日期「2021年13月」');
    expect(t.count('agreement')).toBe(0);
  });
});

describe('industry columns', () => {
  it('stores the most specific code; a 门类 that does not contain it is a warning kept in the notes', async () => {
    const t = await setup();
    const bytes = await rc.workbook(
      ['单位名称', '行业门类', '行业代码'],
      [
        ['华为技术有限公司', '制造业', '3921'],
        ['小米科技有限责任公司', '制造业', '65'],
      ],
    );
    const a = await t.analyze('名单.xlsx', bytes);
    expect(a.columns.map((c) => c.field)).toEqual(['fullName', 'industrySection', 'industryCode']);
    expect(a.warnings.map((w) => [w.row, w.field, w.code, w.params['value']])).toEqual([[3, 'industrySection', 'INDUSTRY_MISMATCH', '制造业']]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-12' });
    expect(t.partner('华为技术有限公司')).toMatchObject({ industry_section: 'C', industry_division: '39', industry_code: '3921', notes: null });
    expect(t.partner('小米科技有限责任公司')).toMatchObject({ industry_section: 'I', industry_division: '65', industry_code: '65', notes: '导入时未能识别：行业门类「制造业」' });
  });
});

describe('region columns', () => {
  it('read a name that several places share below the row’s own USCC region; a code or a full name as it stands', async () => {
    const t = await setup();
    const bytes = await rc.workbook(
      ['单位名称', '统一社会信用代码', '所在地区'],
      [
        ['深圳市腾讯计算机系统有限公司', rc.TENCENT, '南山区'],
        ['小米科技有限责任公司', rc.XIAOMI, '北京市海淀区'],
        ['华为技术有限公司', rc.HUAWEI, '440307'],
      ],
    );
    const a = await t.analyze('名单.xlsx', bytes);
    expect(a.warnings).toEqual([]);
    expect(a.unknownValues).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-rows-13' });
    expect(t.sqlite.prepare('select region_code, region_name from organisation order by region_code').all()).toEqual([
      { region_code: '110108', region_name: '北京市海淀区' },
      { region_code: '440305', region_name: '广东省深圳市南山区' },
      { region_code: '440307', region_name: '广东省深圳市龙岗区' },
    ]);
  });
});
