import type { ReportColumn, ReportRow, ReportTable } from '@shared/domain/report';

// 协议台账-shaped rows for the xlsx benchmark: deterministic, so every run writes the same data.

export const LEDGER_COLUMNS: ReportColumn[] = [
  { key: 'agreementNo', label: '协议编号', type: 'text', code: true },
  { key: 'title', label: '协议名称', type: 'text', width: 36 },
  { key: 'partner', label: '合作单位', type: 'text', width: 30 },
  { key: 'uscc', label: '统一社会信用代码', type: 'text', code: true },
  { key: 'signed', label: '签订日期', type: 'date' },
  { key: 'start', label: '开始日期', type: 'date' },
  { key: 'end', label: '结束日期', type: 'date' },
  { key: 'status', label: '状态', type: 'text' },
  { key: 'amount', label: '协议金额', type: 'money', moneyUnit: 'yuan' },
  { key: 'majors', label: '涉及专业', type: 'text' },
  { key: 'owner', label: '负责人', type: 'text' },
];

const STATUSES = ['生效', '即将到期', '已到期', '草稿'];
const MAJORS = ['计算机应用技术', '机电一体化技术', '电子商务', '护理', '汽车检测与维修技术'];

export function ledgerRows(count: number): ReportRow[] {
  const rows: ReportRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = 2018 + (i % 8);
    const month = String((i % 12) + 1).padStart(2, '0');
    rows.push({
      cells: {
        agreementNo: `XQ-${year}-${String(i).padStart(6, '0')}`,
        title: `校企合作协议（第${i}号）`,
        partner: `合作企业${i % 20_000}科技有限公司`,
        uscc: `91440300MA5${String(i % 10_000_000).padStart(7, '0')}`,
        signed: `${year}-${month}-01`,
        start: `${year}-${month}-15`,
        end: i % 5 === 0 ? null : `${year + 3}-${month}-14`,
        status: STATUSES[i % STATUSES.length] ?? null,
        amount: i % 3 === 0 ? null : (i * 1_234) % 50_000_000,
        majors: MAJORS[i % MAJORS.length] ?? null,
        owner: `教师${i % 300}`,
      },
    });
  }
  return rows;
}

export function ledgerTable(count: number): ReportTable {
  return {
    reportId: 'R10',
    title: '协议台账',
    college: '示例职业技术学院',
    periodLabel: '2025-2026学年',
    period: { kind: 'academic', startYear: 2025 },
    range: { from: '2025-09-01', to: '2026-08-31' },
    generatedAt: '2026-03-01T00:00:00.000Z',
    sections: [{ sheetName: '协议台账', title: '协议台账', columns: LEDGER_COLUMNS, rows: ledgerRows(count) }],
  };
}
