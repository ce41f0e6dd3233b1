import ExcelJS from 'exceljs';
import type { Core } from '../../../src/main/core';
import { HUAWEI, XIAOMI } from './corpus';

// Part-time teacher rosters and contribution ledgers as an office keeps them (issue 11):
// a merged title row, 专业 written as a name, as a code, as "460704 汽车检测与维修技术", or
// one the register does not know. Built per run so each expectation sits next to its cell.

export const HUAWEI_NAME = '华为技术有限公司';
export const XIAOMI_NAME = '小米科技有限责任公司';

/** Two partners, two majors, a contact 李明 not yet flagged as teacher, agreement HW-2025-01 covering M1 only. */
export async function seedRecordMajorRefs(core: Core) {
  const s = core.services;
  const huawei = (await s.partners.create({ kind: 'enterprise', fullName: HUAWEI_NAME, uscc: HUAWEI })).id;
  const xiaomi = (await s.partners.create({ kind: 'enterprise', fullName: XIAOMI_NAME, uscc: XIAOMI })).id;
  const m1 = (await s.reference.majors.create({ code: '460704', name: '汽车检测与维修技术', level: 'higher_vocational' })).id;
  const m2 = (await s.reference.majors.create({ code: '460702', name: '新能源汽车技术', level: 'higher_vocational' })).id;
  const li = (await s.contacts.create({ organisationId: huawei, name: '李明', title: '培训经理' })).id;
  const parties = [
    { role: '甲' as const, partyType: 'school' as const, displayName: '示例职业技术学院' },
    { role: '乙' as const, partyType: 'enterprise' as const, organisationId: huawei },
  ];
  const agreement = await s.agreements.create({ agreementNo: 'HW-2025-01', title: '汽车检测专业共建协议', type: 'framework', parties, majorIds: [m1] });
  return { huawei, xiaomi, m1, m2, li, agreement: agreement.id };
}

/**
 * 兼职教师名单 (Excel rows): 3 王建国 × M1 by name; 4 王建国 × M2 by code (the explicit split);
 * 5 李明 (existing contact) × "460704 汽车检测与维修技术"; 6 张伟 with an unknown major (warning);
 * 7 赵强 without a major; 8 no name (refused); 9 unknown partner (refused); 10 bad 学年
 * (refused); 11 周工 with negative 课时 (warning).
 */
export async function teachersWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('兼职教师');
  ws.addRow(['2025-2026学年企业兼职教师情况表']);
  ws.mergeCells('A1:I1');
  ws.addRow(['序号', '教师姓名', '合作企业', '学年', '专业', '授课课程', '课时', '课酬(元)', '资格证书']);
  ws.addRow([1, '王建国', HUAWEI_NAME, '2025-2026', '汽车检测与维修技术', '汽车电控系统检修', 32, 4800, '高级技师']); // 3
  ws.addRow([2, '王建国', HUAWEI_NAME, '2025-2026', '460702', '新能源汽车构造', 16, 2400, '高级技师']); // 4
  ws.addRow([3, '李明', HUAWEI_NAME, '2025学年', '460704 汽车检测与维修技术', '发动机检修', 24, null, null]); // 5
  ws.addRow([4, '张伟', XIAOMI_NAME, '2025-2026', '物联网应用技术', '智能网联汽车', 20, 3000.555, '工程师']); // 6
  ws.addRow([5, '赵强', XIAOMI_NAME, '2025-2026', null, '电工基础', 8, null, null]); // 7
  ws.addRow([6, null, HUAWEI_NAME, '2025-2026', '460702', '车身电器', 8, null, null]); // 8
  ws.addRow([7, '孙工', '未知汽车有限公司', '2025-2026', '460702', '底盘', 8, null, null]); // 9
  ws.addRow([8, '钱工', HUAWEI_NAME, '25-26', '460702', '底盘', 8, null, null]); // 10
  ws.addRow([9, '周工', HUAWEI_NAME, '2025-2026', '汽车检测与维修技术', '汽车诊断', -4, 600, null]); // 11
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * 企业投入台账, amounts in 万元 (Excel rows): 3 设备捐赠 12.5 万元 × M1 by name; 4 准捐赠
 * 3.2 万元 × "460702 新能源汽车技术"; 5 横向到款 8 万元 under HW-2025-01 (no 专业: the
 * agreement's single major M1); 6 员工培训 120 人天 × 460704; 7 捐赠设备 1.5 万元 with an
 * unknown major (warning); 8 设备捐赠 without amount (refused); 9 unknown kind (refused);
 * 10 技术服务 2 万元 with an unknown agreement number (warning).
 */
export async function contributionsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业投入');
  ws.addRow(['2025年企业投入登记表']);
  ws.mergeCells('A1:I1');
  ws.addRow(['合作企业', '类型', '日期', '金额（万元）', '专业', '物品/内容', '去向', '培训人天', '协议编号']);
  ws.addRow([HUAWEI_NAME, '设备捐赠', '2025-10-15', 12.5, '汽车检测与维修技术', '教学整车 2 台', '汽车实训中心', null, null]); // 3
  ws.addRow([HUAWEI_NAME, '准捐赠', '2025-11-01', 3.2, '460702 新能源汽车技术', '电池包拆装台', '新能源实训室', null, null]); // 4
  ws.addRow([HUAWEI_NAME, '横向到款', '2026-03-01', 8, null, '检测线改造技术服务', null, null, 'HW-2025-01']); // 5
  ws.addRow([XIAOMI_NAME, '员工培训', '2026-04-01', null, '460704', '新员工岗前培训', null, 120, null]); // 6
  ws.addRow([XIAOMI_NAME, '捐赠设备', '2026-05-01', 1.5, '物联网应用技术', '实训台', null, null, null]); // 7
  ws.addRow([XIAOMI_NAME, '设备捐赠', '2026-05-02', null, '460704', '示波器', null, null, null]); // 8
  ws.addRow([XIAOMI_NAME, '神秘投入', '2026-05-03', 1, '460704', '其他', null, null, null]); // 9
  ws.addRow([XIAOMI_NAME, '技术服务', '2026-06-01', 2, '460702', '软件升级服务', null, null, 'NO-SUCH-01']); // 10
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same ledger as csv with amounts in 元 (English-free headers as the finance office writes them). */
export function contributionsCsv(): Buffer {
  const body = [
    '合作企业,类型,日期,金额(元),专业,物品/内容',
    `${HUAWEI_NAME},设备捐赠,2025-10-15,125000,汽车检测与维修技术,教学整车 2 台`,
    `${XIAOMI_NAME},技术服务,2026-06-01,20000.5,460702 新能源汽车技术,软件升级服务`,
    `${XIAOMI_NAME},设备捐赠,2026-06-02,,460702,示波器`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${body}\r\n`, 'utf8')]);
}

export function teacherRows(core: Core) {
  return core.database.sqlite
    .prepare(`select c.name as teacher, o.full_name as partner, t.academic_year, m.code as major, t.courses, t.hours, t.pay_fen, t.qualification
      from part_time_teacher t join contact c on c.id = t.contact_id join organisation o on o.id = t.organisation_id
      left join major m on m.id = t.major_id where t.deleted_at is null order by t.rowid`)
    .all();
}

export function contributionRows(core: Core) {
  return core.database.sqlite
    .prepare(`select o.full_name as partner, c.kind, c.date, c.value_fen, c.trainee_person_days, m.code as major, c.items, c.target,
        a.agreement_no as agreement
      from contribution c join organisation o on o.id = c.organisation_id left join major m on m.id = c.major_id
      left join agreement a on a.id = c.agreement_id where c.deleted_at is null order by c.rowid`)
    .all();
}
