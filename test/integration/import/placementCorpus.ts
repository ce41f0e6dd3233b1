import ExcelJS from 'exceljs';
import type { Core } from '../../../src/main/core';
import { HUAWEI, XIAOMI } from './corpus';

// Placement statistics files of issue 6 (订单培养 / 顶岗实习 / 毕业生就业 per partner,
// major and 学年), built per run so each expectation sits next to the cell that causes it.

export const HUAWEI_NAME = '华为技术有限公司';
export const XIAOMI_NAME = '小米科技有限责任公司';

/** Two partners, two majors and one stored row (小米 × 现代物流管理 × 2024) for the database duplicate. */
export async function seedPlacementRefs(core: Core) {
  const s = core.services;
  const huawei = (await s.partners.create({ kind: 'enterprise', fullName: HUAWEI_NAME, uscc: HUAWEI })).id;
  const xiaomi = (await s.partners.create({ kind: 'enterprise', fullName: XIAOMI_NAME, uscc: XIAOMI })).id;
  const robotics = (await s.reference.majors.create({ code: '460305', name: '工业机器人技术', level: 'higher_vocational' })).id;
  const logistics = (await s.reference.majors.create({ code: '530802', name: '现代物流管理', level: 'higher_vocational' })).id;
  const existing = (await s.placementStats.create({ organisationId: xiaomi, majorId: logistics, academicYear: 2024, orderTrainees: 7, interns: 5, graduatesEmployed: 3 })).id;
  return { huawei, xiaomi, robotics, logistics, existing };
}

export const PLACEMENT_HEADERS = ['合作企业', '统一社会信用代码', '专业名称', '专业代码', '学年', '订单培养人数', '接受顶岗实习学生数', '接受毕业生就业数'];

/**
 * The office's sheet: a merged title row, then (Excel numbering) row 3–5 valid (major by
 * name, by code; 学年 with an em dash and as "2024学年"), 6 unknown partner, 7 bad 学年,
 * 8 negative count, 9 fractional count, 10 duplicate of the stored row, 11 duplicate of
 * row 3, 12 unknown major.
 */
export async function placementWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('校企合作育人');
  ws.addRow(['2025学年校企合作育人情况统计表']);
  ws.mergeCells('A1:H1');
  ws.addRow(PLACEMENT_HEADERS);
  ws.addRow([HUAWEI_NAME, HUAWEI, '工业机器人技术', '460305', '2025-2026', 30, 18, 12]); // 3
  ws.addRow([XIAOMI_NAME, null, null, '530802', '2025—2026', null, 22, 9]); // 4
  ws.addRow([HUAWEI_NAME, null, '现代物流管理', null, '2024学年', 0, 4, null]); // 5
  ws.addRow(['未知科技有限公司', null, '工业机器人技术', null, '2025-2026', 1, 1, 1]); // 6
  ws.addRow([HUAWEI_NAME, null, '工业机器人技术', null, '25-26', 1, 1, 1]); // 7
  ws.addRow([HUAWEI_NAME, null, '现代物流管理', null, '2025-2026', 2, -3, 1]); // 8
  ws.addRow([HUAWEI_NAME, null, '工业机器人技术', null, '2023-2024', 2.5, 1, 1]); // 9
  ws.addRow([XIAOMI_NAME, XIAOMI, '现代物流管理', null, '2024-2025', 8, 6, 4]); // 10
  ws.addRow([HUAWEI_NAME, null, '工业机器人技术', null, '2025-2026', 31, 19, 13]); // 11
  ws.addRow([HUAWEI_NAME, null, '物联网应用技术', null, '2025-2026', 1, 1, 1]); // 12
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** English headers, UTF-8 with BOM: rows 2–4 valid, row 5 a negative count. */
export function placementCsv(): Buffer {
  const body = [
    'company,uscc,major code,academic year,order trainees,interns,graduates employed',
    `${HUAWEI_NAME},${HUAWEI},460305,2025-2026,30,18,12`,
    `${XIAOMI_NAME},,530802,2025学年,,22,9`,
    `${HUAWEI_NAME},,530802,2023—2024,1,2,3`,
    `${XIAOMI_NAME},,460305,2025-2026,4,-1,0`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${body}\r\n`, 'utf8')]);
}

export type StatRow = { partner: string; major: string; academic_year: number; order_trainees: number | null; interns: number | null; graduates_employed: number | null };

/** Live rows with names, in a stable order, to compare exact figures. */
export function placementRows(core: Core): StatRow[] {
  return core.database.sqlite
    .prepare(
      `select o.full_name as partner, m.code as major, p.academic_year, p.order_trainees, p.interns, p.graduates_employed
       from placement_stat p join organisation o on o.id = p.organisation_id join major m on m.id = p.major_id
       where p.deleted_at is null order by p.academic_year, o.full_name, m.code`,
    )
    .all() as StatRow[];
}
