import { afterEach, describe, expect, it } from 'vitest';
import { r17DataQuality } from '../../../src/main/reports/definitions/r17DataQuality';
import { runReport } from '../reports/registerTestContext';
import { importCore } from './importFixture';
import { contributionRows, contributionsWorkbook, HUAWEI_NAME, seedRecordMajorRefs, teacherRows, teachersWorkbook, XIAOMI_NAME } from './recordMajorsCorpus';

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const refs = await seedRecordMajorRefs(t.core);
  const analyze = (fileName: string, bytes: Buffer, entity: 'partTimeTeachers' | 'contributions') =>
    t.imports.analyze({ fileName, dataBase64: bytes.toString('base64'), entity });
  return { ...t, refs, analyze };
}

type Issue = { row: number; column: string | null; code: string; key: string };
const brief = (list: Issue[]) => list.map((e) => `${e.row}:${e.column}:${e.code}:${e.key}`);

describe('part-time teacher import', () => {
  it('maps the roster, finds each major however it is written, and refuses only identity rows', async () => {
    const t = await setup();
    const a = await t.analyze('兼职教师.xlsx', await teachersWorkbook(), 'partTimeTeachers');
    expect(a.headerRow).toBe(2);
    expect(a.columns.map((c) => c.field)).toEqual([null, 'teacherName', 'partnerName', 'academicYear', 'majorName', 'courses', 'hours', 'pay', 'qualification']);
    expect(brief(a.errors)).toEqual([
      '8:教师姓名:VALIDATION:fieldErrors.required',
      '9:合作企业:VALUE_INVALID:import.errors.partnerNotFound',
      '10:学年:VALIDATION:import.errors.academicYearInvalid',
    ]);
    expect(brief(a.warnings)).toEqual([
      '6:课酬(元):VALUE_INVALID:import.errors.moneyInvalid',
      '6:专业:VALUE_UNMAPPED:import.errors.majorNotFound',
      '11:课时:VALUE_INVALID:fieldErrors.too_small',
    ]);
    expect(a.totals).toMatchObject({ rows: 9, valid: 6, invalid: 3, duplicates: 0 });
  });

  it('valid-only writes one record per teacher and major, finds or creates the contact, and keeps unknown texts', async () => {
    const t = await setup();
    const a = await t.analyze('兼职教师.xlsx', await teachersWorkbook(), 'partTimeTeachers');
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-teachers-1' });
    expect(result).toMatchObject({ committed: true, created: 6, updated: 0, skipped: 3 });
    expect(teacherRows(t.core)).toEqual([
      { teacher: '王建国', partner: HUAWEI_NAME, academic_year: 2025, major: '460704', courses: '汽车电控系统检修', hours: 32, pay_fen: 480_000, qualification: '高级技师' },
      { teacher: '王建国', partner: HUAWEI_NAME, academic_year: 2025, major: '460702', courses: '新能源汽车构造', hours: 16, pay_fen: 240_000, qualification: '高级技师' },
      { teacher: '李明', partner: HUAWEI_NAME, academic_year: 2025, major: '460704', courses: '发动机检修', hours: 24, pay_fen: null, qualification: null },
      { teacher: '张伟', partner: XIAOMI_NAME, academic_year: 2025, major: null, courses: '智能网联汽车\n导入时未能识别：课酬（元）「3000.555」；专业「物联网应用技术」', hours: 20, pay_fen: null, qualification: '工程师' },
      { teacher: '赵强', partner: XIAOMI_NAME, academic_year: 2025, major: null, courses: '电工基础', hours: 8, pay_fen: null, qualification: null },
      { teacher: '周工', partner: HUAWEI_NAME, academic_year: 2025, major: '460704', courses: '汽车诊断\n导入时未能识别：课时「-4」', hours: null, pay_fen: 60_000, qualification: null },
    ]);
    // 王建国 is one contact for his two records; 李明 was found and flagged; every teacher is flagged.
    const contacts = t.core.database.sqlite
      .prepare('select name, is_part_time_teacher as flagged from contact where deleted_at is null order by name')
      .all();
    expect(contacts).toEqual([
      { name: '周工', flagged: 1 },
      { name: '张伟', flagged: 1 },
      { name: '李明', flagged: 1 },
      { name: '王建国', flagged: 1 },
      { name: '赵强', flagged: 1 },
    ]);

    // The same roster again: every imported row is now a database duplicate, skipped by default.
    const again = await t.analyze('兼职教师.xlsx', await teachersWorkbook(), 'partTimeTeachers');
    expect(again.duplicates.map((d) => d.row)).toEqual([3, 4, 5, 6, 7, 11]);
    const repeat = await t.imports.commit({ analysisId: again.analysisId, mode: 'valid-only', jobId: 'job-teachers-2' });
    expect(repeat).toMatchObject({ created: 0, updated: 0 });
    expect(teacherRows(t.core)).toHaveLength(6);
  });
});

describe('contribution import', () => {
  it('reads 万元, kind synonyms and the 专业, and refuses only rows the database cannot hold', async () => {
    const t = await setup();
    const a = await t.analyze('企业投入.xlsx', await contributionsWorkbook(), 'contributions');
    expect(a.columns.map((c) => c.field)).toEqual(['partnerName', 'kind', 'date', 'amount', 'majorName', 'items', 'target', 'personDays', 'agreementNo']);
    expect(brief(a.errors)).toEqual([
      '8:金额（万元）:VALIDATION:fieldErrors.required',
      '9:类型:VALIDATION:import.errors.enumInvalid',
    ]);
    expect(brief(a.warnings)).toEqual([
      '7:专业:VALUE_UNMAPPED:import.errors.majorNotFound',
      '10:协议编号:VALUE_INVALID:import.errors.agreementNotFound',
    ]);
  });

  it('valid-only stores the exact figures in 分 under the major each row reaches', async () => {
    const t = await setup();
    const a = await t.analyze('企业投入.xlsx', await contributionsWorkbook(), 'contributions');
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-contrib-1' });
    expect(result).toMatchObject({ committed: true, created: 6, skipped: 2 });
    expect(contributionRows(t.core)).toEqual([
      // 12.5 万元 = 125,000 元 = 12,500,000 分
      { partner: HUAWEI_NAME, kind: 'donated_equipment', date: '2025-10-15', value_fen: 12_500_000, trainee_person_days: null, major: '460704', items: '教学整车 2 台', target: '汽车实训中心', agreement: null },
      { partner: HUAWEI_NAME, kind: 'quasi_donated_equipment', date: '2025-11-01', value_fen: 3_200_000, trainee_person_days: null, major: '460702', items: '电池包拆装台', target: '新能源实训室', agreement: null },
      // No 专业 in the row: the agreement covers only 460704.
      { partner: HUAWEI_NAME, kind: 'technical_service_income', date: '2026-03-01', value_fen: 8_000_000, trainee_person_days: null, major: '460704', items: '检测线改造技术服务', target: null, agreement: 'HW-2025-01' },
      { partner: XIAOMI_NAME, kind: 'employee_training', date: '2026-04-01', value_fen: null, trainee_person_days: 120, major: '460704', items: '新员工岗前培训', target: null, agreement: null },
      { partner: XIAOMI_NAME, kind: 'donated_equipment', date: '2026-05-01', value_fen: 1_500_000, trainee_person_days: null, major: null, items: '实训台\n导入时未能识别：专业「物联网应用技术」', target: null, agreement: null },
      // 2 万元 = 20,000 元 = 2,000,000 分; the unknown agreement number is kept in 物品/内容.
      { partner: XIAOMI_NAME, kind: 'technical_service_income', date: '2026-06-01', value_fen: 2_000_000, trainee_person_days: null, major: '460702', items: '软件升级服务\n导入时未能识别：协议编号「NO-SUCH-01」', target: null, agreement: null },
    ]);
  });
});

describe('imported courses without a 专业', () => {
  it('imports the course as 未分专业 and R17 lists it', async () => {
    const t = await setup();
    const csv = Buffer.from(`\ufeff课程名称,合作企业,专业\r\n汽车故障诊断,${HUAWEI_NAME},\r\n新能源汽车维护,${HUAWEI_NAME},460702\r\n`, 'utf8');
    const a = await t.imports.analyze({ fileName: '课程.csv', dataBase64: csv.toString('base64'), entity: 'courses' });
    expect(a.errors).toEqual([]);
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-courses-1' });
    expect(result).toMatchObject({ committed: true, created: 2 });
    const sections = await runReport(t.core, r17DataQuality, { kind: 'academic', startYear: 2025 });
    const unassigned = (sections[0]?.rows ?? []).filter((r) => r.cells.category === 'R1 未分专业');
    expect(unassigned.map((r) => [r.cells.recordType, r.cells.record, r.cells.problem])).toEqual([
      ['共同开发课程', `汽车故障诊断（${HUAWEI_NAME}）`, '未关联专业：计入“未分专业”，不上报 ODS'],
    ]);
  });
});
