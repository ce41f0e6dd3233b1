import { industryLabel } from '@shared/classifications/industry';
import type { ReportColumn, ReportRow } from '@shared/domain/report';
import { toYearMonth } from '@shared/format/dates';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { listPartnerDirectory, type PartnerDirectoryRow } from '../data/registerPartners';
import type { ReportDefinition } from '../reportDefinition';
import { ref, text } from './registerCommon';

// R12 合作企业名录 as of today (periodKind none: the service passes today as the range).

export const R12_COLUMNS: ReportColumn[] = [
  text('name', '单位名称', { width: 30 }),
  text('uscc', '统一社会信用代码', { code: true, width: 20 }),
  text('industry', '行业', { width: 22 }),
  text('size', '规模'),
  text('nature', '性质'),
  text('region', '地区', { width: 16 }),
  text('contact', '主要联系人'),
  text('phone', '联系电话', { code: true, width: 14 }),
  text('cooperation', '合作类型', { width: 30 }),
  { key: 'firstYearMonth', label: '首次合作年月', type: 'yearMonth', width: 10 },
  text('status', '状态'),
];

// Agreement types and programme kinds folded into one set of cooperation labels.
const COOPERATION_LABELS: Record<string, string> = {
  ...zhCNEnums.agreementType,
  ...zhCNEnums.programmeType,
  co_built_major: zhCNEnums.agreementType.co_built_major,
  joint_course: zhCNEnums.agreementType.joint_course_textbook,
};
const COOPERATION_ORDER = Object.keys(COOPERATION_LABELS);

function label<T extends Record<string, string>>(labels: T, code: string | null): string | null {
  return code === null ? null : (labels[code] ?? code);
}

/**
 * The GB/T 4754 大类 with its name ('36 汽车制造业'), the level a directory groups by; with only
 * a 门类 known, the 门类 ('C 制造业'). A 大类 the table lacks (legacy data) is printed as it is.
 */
function industry(row: PartnerDirectoryRow): string | null {
  if (row.industry_division !== null) return industryLabel(row.industry_division);
  if (row.industry_section === null) return null;
  return `${row.industry_section} ${label(zhCNEnums.industrySection, row.industry_section)}`;
}

function cooperation(row: PartnerDirectoryRow): string | null {
  const codes = [...(row.agreement_types ?? '').split(','), ...(row.programme_types ?? '').split(',')].filter((c) => c !== '');
  // Declared order (agreement types, then programme kinds), not collation: the same on every machine.
  const rank = (code: string): number => (COOPERATION_ORDER.indexOf(code) + 1 || COOPERATION_ORDER.length + 1);
  const labels = [...new Set([...codes].sort((a, b) => rank(a) - rank(b)).map((c) => COOPERATION_LABELS[c] ?? c))];
  return labels.length > 0 ? labels.join('、') : null;
}

function toReportRow(row: PartnerDirectoryRow): ReportRow {
  return {
    cells: {
      name: row.full_name,
      uscc: row.uscc,
      industry: industry(row),
      size: label(zhCNEnums.orgSize, row.size),
      nature: label(zhCNEnums.orgNature, row.nature),
      region: row.region_name,
      contact: row.contact_name,
      phone: row.contact_phone,
      cooperation: cooperation(row),
      firstYearMonth: row.first_start === null ? null : toYearMonth(row.first_start),
      status: label(zhCNEnums.partnerStatus, row.status),
    },
    sources: { name: ref('organisation', row.id, row.full_name) },
  };
}

export const r12PartnerDirectory: ReportDefinition = {
  descriptor: { id: 'R12', title: '合作企业名录', periodKind: 'none', formats: ['xlsx', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job) {
    job.progress('querying', 0, null);
    const rows = await listPartnerDirectory(ctx.db, query.range.to, query.filters);
    return [
      {
        sheetName: '合作企业名录',
        title: '合作企业名录',
        columns: R12_COLUMNS,
        rows: rows.map(toReportRow),
        totalRows: rows.length,
        notes: [
          `截至 ${query.range.to}：状态取该日的记录，合作类型与首次合作年月只计该日之前已签订的协议和已开展的合作项目。`,
        ],
      },
    ];
  },
};
