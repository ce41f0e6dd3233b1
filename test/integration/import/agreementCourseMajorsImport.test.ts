import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportSection } from '../../../src/shared/domain/report';
import { DEFAULT_ACADEMIC_YEAR, periodRange } from '../../../src/shared/domain/rules/academicYear';
import { agreementsEntity } from '../../../src/main/import/entities/agreementsEntity';
import { coursesEntity } from '../../../src/main/import/entities/coursesEntity';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r3JointCourses } from '../../../src/main/reports/definitions/r3JointCourses';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';
import { HUAWEI } from './corpus';
import { importCore } from './importFixture';
import { HUAWEI_NAME, seedPlacementRefs, XIAOMI_NAME } from './placementCorpus';

// Issue 10: imported agreements and courses must count in R1/R3 like hand-entered ones:
// an agreement's status, dates and majors, a course's major.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const refs = await seedPlacementRefs(t.core);
  const importFile = async (entity: 'agreements' | 'courses', bytes: Buffer, jobId: string) => {
    const a = await t.imports.analyze({ fileName: `${entity}.xlsx`, dataBase64: bytes.toString('base64'), entity });
    expect(a.errors).toEqual([]);
    return t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId });
  };
  const report = (definition: ReportDefinition, filters: Record<string, string> = {}): Promise<ReportSection[]> => {
    const period = { kind: 'academic' as const, startYear: 2025 };
    const ctx = {
      db: t.core.database.db,
      sqlite: t.core.database.sqlite,
      college: { name: '深圳示例职业技术学院', code: null },
      academicYear: DEFAULT_ACADEMIC_YEAR,
      now: () => new Date('2026-03-15T02:00:00.000Z'),
    };
    return definition.build(ctx, { period, range: periodRange(period, DEFAULT_ACADEMIC_YEAR), filters }, NO_JOB);
  };
  return { ...t, refs, importFile, report };
}

async function workbook(headers: string[], rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const AGREEMENT_HEADERS = ['协议名称', '协议类型', '合作单位', '协议状态', '签约日期', '合作开始日期', '有效期至', '合作专业'];

type AgreementRow = { title: string; status: string; sign_date: string | null; start_date: string | null; end_date: string | null; majors: string | null };
function agreementRows(t: Awaited<ReturnType<typeof setup>>): AgreementRow[] {
  return t.core.database.sqlite
    .prepare(
      `select a.title, a.status, a.sign_date, a.start_date, a.end_date,
         (select group_concat(code, ',') from (select m.code from agreement_major am join major m on m.id = am.major_id where am.agreement_id = a.id order by m.code)) as majors
       from agreement a where a.deleted_at is null order by a.title`,
    )
    .all() as AgreementRow[];
}

describe('agreements import: status, dates and majors', () => {
  it('writes 生效 with its dates and two majors (by code and by name) and counts it in R1 for its 学年', async () => {
    const t = await setup();
    const file = await workbook(AGREEMENT_HEADERS, [
      ['华为校企合作框架协议', '战略合作协议', HUAWEI_NAME, '生效', '2025-03-01', '2025-03-05', '2028-03-04', '460305、现代物流管理'],
      ['小米实习基地协议（草拟）', '校外实习基地', XIAOMI_NAME, null, null, null, null, null],
      ['小米订单班协议', '订单班', XIAOMI_NAME, '已解除', '2025-01-10', null, null, '530802'],
    ]);
    const result = await t.importFile('agreements', file, 'job-agreements-majors');
    expect(result).toMatchObject({ committed: true, created: 3 });
    expect(agreementRows(t)).toEqual([
      { title: '华为校企合作框架协议', status: 'active', sign_date: '2025-03-01', start_date: '2025-03-05', end_date: '2028-03-04', majors: '460305,530802' },
      { title: '小米实习基地协议（草拟）', status: 'draft', sign_date: null, start_date: null, end_date: null, majors: null },
      { title: '小米订单班协议', status: 'terminated', sign_date: '2025-01-10', start_date: null, end_date: null, majors: '530802' },
    ]);

    // 已解除 without a 解除日期 or a passed end date ends on the day it began (here signed), not on the import day.
    expect(t.core.database.sqlite.prepare(`select terminated_on from agreement where status = 'terminated'`).pluck().all()).toEqual(['2025-01-10']);

    const [r1] = await t.report(r1MajorCooperation);
    const data = r1!.rows.filter((r) => r.kind === 'data').map((r) => [r.cells.majorCode, r.cells.partnerName, r.cells.uscc, r.cells.startYearMonth]);
    // The draft and the terminated agreement are no cooperation: 小米 has no row in 2025.
    expect(data).toEqual([
      ['460305', HUAWEI_NAME, HUAWEI, '202503'],
      ['530802', HUAWEI_NAME, HUAWEI, '202503'],
    ]);
    expect(r1!.rows.at(-1)?.cells.partnerCount).toBe(1);
  });
});

describe('agreements import: the day a terminated agreement ended', () => {
  it('takes 解除日期 when the file gives it, so the agreement counts in the 学年s it ran', async () => {
    const t = await setup();
    const file = await workbook([...AGREEMENT_HEADERS, '解除日期'], [
      ['小米订单班协议', '订单班', XIAOMI_NAME, '已解除', '2025-01-10', '2025-02-01', '2028-01-31', '530802', '2025-10-20'],
      ['小米实习协议', '校外实习基地', XIAOMI_NAME, '终止', '2023-01-10', '2023-02-01', '2024-01-31', null, null],
    ]);
    expect(await t.importFile('agreements', file, 'job-agreements-terminated')).toMatchObject({ committed: true, created: 2 });
    const rows = t.core.database.sqlite.prepare(`select title, terminated_on from agreement where deleted_at is null order by title`).all();
    // The second has no 解除日期: its agreed end date has passed, so it ended then.
    expect(rows).toEqual([
      { title: '小米实习协议', terminated_on: '2024-01-31' },
      { title: '小米订单班协议', terminated_on: '2025-10-20' },
    ]);
    const [r1] = await t.report(r1MajorCooperation);
    const data = r1!.rows.filter((r) => r.kind === 'data').map((r) => [r.cells.majorCode, r.cells.partnerName]);
    expect(data).toEqual([['530802', XIAOMI_NAME]]);
  });
});

describe('courses import: the major a course serves', () => {
  it('puts an imported course under its major in R1 and R3, not under 未分专业', async () => {
    const t = await setup();
    const file = await workbook(
      ['课程名称', '类型', '合作单位', '所属专业', '开始日期', '结束日期'],
      [['工业机器人离线编程', '课程', HUAWEI_NAME, '工业机器人技术专业', '2025-09-01', '2026-07-01']],
    );
    expect(await t.importFile('courses', file, 'job-courses-major')).toMatchObject({ committed: true, created: 1 });

    const [r1] = await t.report(r1MajorCooperation);
    const rows = r1!.rows.filter((r) => r.kind === 'data').map((r) => [r.cells.majorCode, r.cells.majorName, r.cells.partnerName, r.cells.jointCourses]);
    expect(rows).toEqual([['460305', '工业机器人技术', HUAWEI_NAME, 1]]);
    const [r3] = await t.report(r3JointCourses, { majorId: t.refs.robotics });
    expect(r3!.rows.map((r) => r.cells.name)).toEqual(['工业机器人离线编程']);
    const [r3Other] = await t.report(r3JointCourses, { majorId: t.refs.logistics });
    expect(r3Other!.rows).toEqual([]);
  });
});

describe('optional fields do not reject a row (prepare)', () => {
  const base = {
    title: '华为框架协议', type: '框架协议', partnerName: HUAWEI_NAME, partnerUscc: null, agreementNo: null, status: null,
    signDate: '2025-03-01', startDate: null, endDate: null, majors: null, majorCodes: null, amount: null, noticeDays: null, notes: null,
  };

  it('an unknown major is a VALUE_UNMAPPED issue on its column; the draft keeps the majors that resolved', async () => {
    const t = await setup();
    const ctx = { db: t.core.database.db, schoolName: '示例学院' };
    const r = await agreementsEntity.prepare({ ...base, majors: '460305；物联网应用技术\n现代物流管理' }, ctx);
    expect(r.issues).toEqual([{ field: 'majors', code: 'VALUE_UNMAPPED', key: 'import.errors.majorNotFound', params: { value: '物联网应用技术' } }]);
    expect(r.prepared?.draft.majorIds).toEqual([t.refs.robotics, t.refs.logistics]);
    expect(r.prepared?.status).toBe('active'); // signed, no status column: in force
  });

  it('an unreadable status is reported and the default applies; an end before the start is left out', async () => {
    const t = await setup();
    const ctx = { db: t.core.database.db, schoolName: '示例学院' };
    const r = await agreementsEntity.prepare({ ...base, status: '看情况', signDate: null, startDate: '2025-03-05', endDate: '2024-01-01' }, ctx);
    expect(r.issues.map((i) => [i.field, i.key])).toEqual([['status', 'import.errors.enumInvalid'], ['endDate', 'fieldErrors.endDate.beforeStart']]);
    expect(r.prepared).toMatchObject({ status: 'active', draft: { startDate: '2025-03-05', endDate: null } });
  });

  it('a partner or type problem still rejects the row', async () => {
    const t = await setup();
    const ctx = { db: t.core.database.db, schoolName: '示例学院' };
    expect((await agreementsEntity.prepare({ ...base, partnerName: '未知科技有限公司' }, ctx)).prepared).toBeNull();
    expect((await agreementsEntity.prepare({ ...base, type: '看情况' }, ctx)).prepared).toBeNull();
  });

  it('a course whose major is unknown is kept without it', async () => {
    const t = await setup();
    const ctx = { db: t.core.database.db, schoolName: '示例学院' };
    const values = {
      name: '物联网导论', kind: null, code: null, partnerName: HUAWEI_NAME, partnerUscc: null, majorName: '物联网应用技术', majorCode: null,
      summary: null, startDate: null, endDate: null, enterpriseLead: null, isbn: null, publishedDate: null,
    };
    const r = await coursesEntity.prepare(values, ctx);
    expect(r.issues).toEqual([{ field: 'majorName', code: 'VALUE_UNMAPPED', key: 'import.errors.majorNotFound', params: { value: '物联网应用技术' } }]);
    expect(r.prepared?.draft).toMatchObject({ name: '物联网导论', majorId: null });
  });
});

describe('unmapped columns of records without notes', () => {
  it('says a course file cannot keep them in notes instead of pretending to', async () => {
    const t = await setup();
    const file = await workbook(['课程名称', '类型', '合作单位', '对接老师'], [['工业机器人离线编程', '课程', HUAWEI_NAME, '王老师']]);
    const a = await t.imports.analyze({ fileName: 'courses.xlsx', dataBase64: file.toString('base64'), entity: 'courses', keepUnmappedInNotes: true });
    expect(a.unmappedColumns).toEqual(['对接老师']);
    expect(a.notesField).toBeNull();
    expect(a.keepUnmappedInNotes).toBe(false);
    const partners = await t.imports.analyze({ fileName: 'p.xlsx', dataBase64: (await workbook(['单位名称', '对接老师'], [['某某公司', '王老师']])).toString('base64'), entity: 'partners', keepUnmappedInNotes: true });
    expect(partners.notesField).toBe('notes');
    expect(partners.keepUnmappedInNotes).toBe(true);
  });
});
