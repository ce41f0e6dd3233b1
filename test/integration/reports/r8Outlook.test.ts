import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createCourseService } from '../../../src/main/courses/courseService';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { newId } from '../../../src/main/ids';
import { createInteractionService } from '../../../src/main/interactions/interactionService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { r8EnterpriseYearMaterial } from '../../../src/main/reports/definitions/r8EnterpriseYearMaterial';
import { createTestDb, validUscc, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// R8 年度增量 and 问题与展望 for 深圳华星 in 学年 2025 (2025-09-01 .. 2026-08-31) against 2024.
//   合作数据 (计算机应用技术): 2024 订单 20, 实习 10, 就业 5; 2025 订单 — (not entered), 实习 12, 就业 3.
//   技术服务到款: 2024-10-01 1,000,000 分; 2025-10-01 1,500,000 分.  课程: one running from 2025-10-01.
//   Agreements: XY-2023-01 ends 2027-06-30 (inside 学年 2026 = next 学年) → to renew;
//     XY-2024-02 ends 2028-06-30 (later) → not mentioned.
//   Contacts: 2026-09-10 promised a follow-up on 2026-10-01 (商谈新一届订单班), not done;
//     2026-05-01's follow-up is done → not mentioned.
// By hand:
//   订单培养数 — / 20 → 增量 and 增幅 blank (this year has no data) → 数据缺失 sentence
//   共同开发课程数 1 / — → blank increment (last year has no data)
//   接受顶岗实习学生数 12 / 10 → +2, 20%;  接受毕业生就业数 3 / 5 → −2, −40% → 指标下降 sentence
//   学校为企业技术服务年收入 1,500,000 / 1,000,000 分 → +500,000 分, 50%

const NOW = '2026-09-15T02:00:00.000Z';
let t: TestDb;
let partnerId = '';

beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const major = (await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' })).id;
  partnerId = (await partners.create({ kind: 'enterprise', fullName: '深圳华星科技有限公司', uscc: validUscc(1), status: 'active' })).id;
  const agreement = async (agreementNo: string, title: string, startDate: string, endDate: string) => {
    const a = await agreements.create({
      agreementNo, title, type: 'framework', majorIds: [major], startDate, endDate,
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId: partnerId }],
    });
    await agreements.transition({ id: a.id, to: 'active' });
  };
  await agreement('XY-2023-01', '华星框架合作协议', '2023-09-01', '2027-06-30');
  await agreement('XY-2024-02', '华星实习基地协议', '2024-09-01', '2028-06-30');
  const placement = (academicYear: number, order: number | null, interns: number, employed: number) =>
    t.app.db.insertInto('placement_stat').values({
      id: newId(), organisation_id: partnerId, major_id: major, academic_year: academicYear, order_trainees: order,
      interns, graduates_employed: employed, created_at: NOW, updated_at: NOW, deleted_at: null,
    }).execute();
  await placement(2024, 20, 10, 5);
  await placement(2025, null, 12, 3);
  const contributions = createContributionService(t.ctx);
  await contributions.create({ organisationId: partnerId, kind: 'technical_service_income', valueFen: 1_000_000, date: '2024-10-01' });
  await contributions.create({ organisationId: partnerId, kind: 'technical_service_income', valueFen: 1_500_000, date: '2025-10-01' });
  await createCourseService(t.ctx).create({ kind: 'course', name: '云计算运维实务', organisationId: partnerId, majorId: major, startDate: '2025-10-01' });
  const interactions = createInteractionService(t.ctx);
  await interactions.create({ organisationId: partnerId, kind: 'visit', date: '2026-09-10', nextAction: '商谈新一届订单班', followUpDate: '2026-10-01' });
  await interactions.create({ organisationId: partnerId, kind: 'visit', date: '2026-05-01', nextAction: '寄送协议', followUpDate: '2026-05-10', followUpDoneAt: '2026-05-09' });
}, 60_000);
afterAll(() => t.close());

describe('R8 年度增量 and 问题与展望', () => {
  it('gives this 学年, last 学年, 增量 and 增幅 for each figure, blank when a year has no data', async () => {
    const sections = await runReport(r8EnterpriseYearMaterial, reportTestContext(t, { now: () => new Date(NOW) }), 2025, { organisationId: partnerId });
    expect(sections.map((s) => s.sheetName)).toEqual(['企业概况', '资源投入', '参与教育教学', '成果', '年度增量', '年度增量（金额）', '问题与展望']);
    const counts = sections.find((s) => s.sheetName === '年度增量')!;
    expect(counts.columns.map((c) => c.label)).toEqual(['指标', '单位', '2025-2026学年', '2024-2025学年', '增量', '增幅']);
    expect(counts.rows.map((r) => Object.values(r.cells))).toEqual([
      ['订单培养数', '人', null, 20, null, null],
      ['共同开发课程数', '门', 1, null, null, null],
      ['共同开发教材数', '种', null, null, null, null],
      ['支持学校兼职教师数', '人', null, null, null, null],
      ['接受顶岗实习学生数', '人', 12, 10, 2, 0.2],
      ['接受毕业生就业数', '人', 3, 5, -2, -0.4],
      ['学校为企业年培训员工数', '人天', null, null, null, null],
    ]);
    const money = sections.find((s) => s.sheetName === '年度增量（金额）')!;
    expect(money.rows.map((r) => Object.values(r.cells))).toEqual([
      ['对学校捐赠设备总值', null, null, null, null],
      ['对学校准捐赠设备总值', null, null, null, null],
      ['学校为企业技术服务年收入', 1_500_000, 1_000_000, 500_000, 0.5],
    ]);
  });

  it('writes 问题与展望 material from the data: renewals due next 学年, falls, gaps and open follow-ups', async () => {
    const sections = await runReport(r8EnterpriseYearMaterial, reportTestContext(t, { now: () => new Date(NOW) }), 2025, { organisationId: partnerId });
    const outlook = sections.find((s) => s.sheetName === '问题与展望')!;
    expect(outlook.title).toBe('问题与展望（素材，请核实修改）');
    expect(outlook.rows.map((r) => [r.cells.category, r.cells.text])).toEqual([
      ['协议到期', '《华星框架合作协议》（XY-2023-01）将于 2027-06-30 到期（下一学年内），请与企业商议是否续签及续签后的合作重点。'],
      ['数据缺失', '订单培养数本学年没有记录（上学年为 20人），请确认是否漏录。'],
      ['指标下降', '接受毕业生就业数由上学年的 5人 降至 3人，请分析原因并提出改进措施。'],
      ['待办跟进', '2026-09-10 联系后约定的跟进（2026-10-01）尚未完成：商谈新一届订单班。'],
    ]);
    expect(outlook.notes?.[0]).toContain('请核实修改');
  });
});
