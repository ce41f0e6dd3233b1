import type { ReportColumn, ReportRow, ReportSection, ReportTable } from '../../../src/shared/domain/report';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';

// Hand-made tables and test-only report definitions for the engine tests (writers, service,
// PDF). They do not come from the registry, so the engine is tested on its own.

export const COLUMNS: ReportColumn[] = [
  { key: 'name', label: '企业名称', type: 'text', width: 30 },
  { key: 'uscc', label: '统一社会信用代码', type: 'text', code: true },
  { key: 'orders', label: '订单培养数', type: 'integer', unit: '人' },
  { key: 'donation', label: '对学校捐赠设备总值', type: 'money', moneyUnit: 'wanyuan' },
  { key: 'fee', label: '到账金额', type: 'money', moneyUnit: 'yuan' },
  { key: 'start', label: '合作开始年月', type: 'yearMonth' },
  { key: 'signed', label: '签订日期', type: 'date' },
  { key: 'active', label: '是否有效', type: 'boolean' },
  { key: 'share', label: '占比', type: 'ratio' },
];

/** Text that a spreadsheet would read as a formula, one per trigger character. */
export const INJECTIONS = ['=1+1', '+86 123', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '\nLF', '\0NUL'] as const;

export const DATA_ROWS: ReportRow[] = [
  {
    cells: {
      name: '华为技术有限公司',
      uscc: '914403001922038216',
      orders: 40,
      donation: 123_456_789, // 分 → 123.46 万元
      fee: -12_345, // 分 → -123.45 元 (a refund): stays numeric
      start: '202509',
      signed: '2025-09-15',
      active: true,
      share: 0.25,
    },
  },
  {
    // No data anywhere but the name: every other cell must stay blank, never 0.
    cells: { name: '深圳市"逗号,引号"与\n换行科技有限公司', uscc: '0123', orders: null, donation: null, fee: null, start: null, signed: null, active: false, share: null },
  },
  ...INJECTIONS.map((text, i) => ({ cells: { name: text, uscc: `-9${i}`, orders: i } })),
];

export const TOTAL_ROW: ReportRow = { kind: 'total', cells: { name: '合计', orders: 68, donation: 123_456_789, fee: -12_345 } };

export const FORBIDDEN_SHEET_NAME = '经费:来源/收支\\明细?按*年[2025]';

export function sampleTable(overrides: Partial<ReportTable> = {}): ReportTable {
  const first: ReportSection = {
    sheetName: '专业产学合作情况表',
    title: '专业产学合作情况表',
    columns: COLUMNS,
    rows: [...DATA_ROWS, TOTAL_ROW],
    notes: ['注：金额单位见表头。', '=HYPERLINK("http://evil")'],
  };
  const second: ReportSection = {
    sheetName: FORBIDDEN_SHEET_NAME,
    title: '经费明细',
    columns: [COLUMNS[0] as ReportColumn, COLUMNS[4] as ReportColumn],
    rows: [{ cells: { name: '校企合作专项', fee: 500_000 } }],
  };
  return {
    reportId: 'R10',
    title: '协议台账',
    college: '深圳职业技术大学',
    periodLabel: '2025-2026学年',
    period: { kind: 'academic', startYear: 2025 },
    range: { from: '2025-09-01', to: '2026-08-31' },
    generatedAt: '2026-03-01T08:00:00.000Z',
    sections: [first, second],
    ...overrides,
  };
}

/** A register-shaped section with `count` partner rows (names 合作企业0001 …). */
export function longSection(count: number, sheetName = '协议台账'): ReportSection {
  const rows: ReportRow[] = [];
  for (let i = 1; i <= count; i += 1) {
    rows.push({
      cells: {
        name: `合作企业${String(i).padStart(4, '0')}有限公司`,
        uscc: `91440300MA5${String(i).padStart(7, '0')}`,
        orders: i % 7,
        donation: i * 10_000,
        fee: i * 100,
        start: '202509',
        signed: '2025-09-01',
        active: i % 2 === 0,
        share: null,
      },
    });
  }
  return { sheetName, title: '协议台账', columns: COLUMNS.slice(0, 7), rows };
}

/** A definition that echoes the query back, so tests can see what the service resolved. */
export function echoDefinition(id: ReportDefinition['descriptor']['id'], extra: Partial<ReportDefinition['descriptor']> = {}, rows = 3): ReportDefinition {
  return {
    descriptor: { id, title: '协议台账', periodKind: 'academic', formats: ['xlsx', 'csv', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId', 'organisationId'], ...extra },
    async build(ctx, query, job) {
      job.progress('querying', 0, null);
      const section = longSection(rows);
      section.notes = [`range ${query.range.from}..${query.range.to}`, `college ${ctx.college.name}`, `filters ${JSON.stringify(query.filters)}`];
      return [section];
    },
  };
}

/** echoDefinition with an upload layout: one platform sheet of `rows` rows and one refused row. */
export function uploadEchoDefinition(id: ReportDefinition['descriptor']['id'], extra: Partial<ReportDefinition['descriptor']> = {}, rows = 2): ReportDefinition {
  return {
    ...echoDefinition(id, extra, rows),
    async buildUpload(_ctx, query, job) {
      job.progress('querying', 0, null);
      const section = longSection(rows, '上报表');
      return {
        section: { ...section, title: `upload ${query.range.from}..${query.range.to}` },
        refused: [{ label: '无代码企业有限公司', reason: '缺少统一社会信用代码' }],
      };
    },
  };
}
