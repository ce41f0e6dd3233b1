import { formatDateTimeText } from '@shared/format/dateTime';
import { todayIso } from '@shared/format/dates';
import type { ProvenanceRef, ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { PAIR_INDICATORS, type PairIndicator } from '../data/indicatorFigures';
import type { PartnerRef } from '../data/indicatorScope';
import type { ReportContext, ReportDefinition, ReportQuery, UploadSheet } from '../reportDefinition';
import { computePairFigures, sumFigures, type PairFigures, type PairRow } from './r1PairFigures';
import { MISSING_USCC, stableKey, UPLOAD_COLLECTED_AT_COLUMN, UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN } from './uploadKeys';

// R2 ODS 产学合作数据 (domain.md §2.5, §2.9): the fields of the 数字基座 table in order, one row
// per 专业号 × 合作企业, taken from R1's pair figures (computePairFigures) so the two never
// disagree. 专业号 is required by the table, so R1's 未分专业 rows are not exported.
// A 专业方向 reports under its own 专业代码 (major.code, which the majors form fills with its
// 专业's code unless the officer gives it another): a direction sharing its 专业's code merges
// with the 专业's pair for the same partner, so 专业号 + USCC stays one row and one key.

const FIGURE_COLUMNS: ReportColumn[] = [
  { key: 'orderTrainees', label: '订单培养人数', type: 'integer' },
  { key: 'jointCourses', label: '共同开发课程门数', type: 'integer' },
  { key: 'jointTextbooks', label: '共同开发教材数', type: 'integer' },
  { key: 'partTimeTeachers', label: '支持学校兼职教师数', type: 'integer' },
  { key: 'interns', label: '接受顶岗实习学生数', type: 'integer' },
  { key: 'graduatesEmployed', label: '接受毕业生就业数', type: 'integer' },
  { key: 'technicalServiceIncomeFen', label: '学校为企业技术服务年收入', type: 'money', moneyUnit: 'wanyuan' },
];
const R2_FIGURES = ['orderTrainees', 'jointCourses', 'jointTextbooks', 'partTimeTeachers', 'interns', 'graduatesEmployed', 'technicalServiceIncomeFen'] as const;

const PAIR_COLUMNS: ReportColumn[] = [
  { key: 'majorCode', label: '专业号', type: 'text', code: true, width: 10 },
  { key: 'uscc', label: '合作企业统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'partnerName', label: '合作企业名称', type: 'text', width: 28 },
  { key: 'startYearMonth', label: '合作开始年月', type: 'yearMonth', width: 10 },
  ...FIGURE_COLUMNS,
];

/** Review layout: as before, with the 万元 unit shown and 数据采集时间 as the export day. */
const REVIEW_COLUMNS: ReportColumn[] = [
  UPLOAD_SCHOOL_CODE_COLUMN,
  ...PAIR_COLUMNS.map((c) => (c.key === 'technicalServiceIncomeFen' ? { ...c, unit: '万元' } : c)),
  { key: 'collectedAt', label: '数据采集时间', type: 'date' },
];

/** Upload layout: the platform's exact labels, no units (domain.md §2.4, §2.9). */
export const R2_UPLOAD_COLUMNS: ReportColumn[] = [UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN, ...PAIR_COLUMNS, UPLOAD_COLLECTED_AT_COLUMN];

/** One row of the ODS table: R1's pairs of one 专业号 and partner, merged. */
export interface OdsPair {
  majorCode: string;
  majorName: string;
  partner: PartnerRef;
  startYearMonth: string | null;
  figures: PairFigures;
  sources: Record<PairIndicator, ProvenanceRef[]>;
}

/** 主键数据唯一性标识: 专业号 + USCC only, so the same pair keeps its key every year. */
export const odsPairKey = (majorCode: string, uscc: string): string => stableKey('R2.pair', majorCode, uscc);

export function odsPairs(pairs: readonly PairRow[]): OdsPair[] {
  const byKey = new Map<string, { code: string; name: string; rows: PairRow[] }>();
  for (const p of pairs) {
    if (p.major === null) continue;
    const key = `${p.major.code}|${p.partner.id}`;
    const entry = byKey.get(key) ?? { code: p.major.code, name: p.major.parent?.name ?? p.major.name, rows: [] };
    entry.rows.push(p);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ code, name, rows }) => {
    const months = rows.map((r) => r.startYearMonth).filter((m): m is string => m !== null).sort();
    const sources = Object.fromEntries(PAIR_INDICATORS.map((k) => [k, rows.flatMap((r) => r.sources[k])])) as OdsPair['sources'];
    return { majorCode: code, majorName: name, partner: rows[0]!.partner, startYearMonth: months[0] ?? null, figures: sumFigures(rows), sources };
  });
}

function pairCells(p: OdsPair): ReportRow['cells'] {
  return {
    majorCode: p.majorCode,
    uscc: p.partner.uscc,
    partnerName: p.partner.fullName,
    startYearMonth: p.startYearMonth,
    ...Object.fromEntries(R2_FIGURES.map((k) => [k, p.figures[k]])),
  };
}

const nonEmptySources = (p: OdsPair) => Object.fromEntries(R2_FIGURES.filter((k) => p.sources[k].length > 0).map((k) => [k, p.sources[k]]));

async function pairsInScope(ctx: ReportContext, query: ReportQuery): Promise<OdsPair[]> {
  return odsPairs(await computePairFigures(ctx, query));
}

export const r2OdsCooperation: ReportDefinition = {
  descriptor: { id: 'R2', title: 'ODS 产学合作数据', periodKind: 'academic', formats: ['xlsx', 'csv'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const pairs = await pairsInScope(ctx, query);
    job.throwIfCancelled();
    const collectedAt = todayIso(ctx.now());
    const rows: ReportRow[] = pairs.map((p) => ({
      kind: 'data',
      cells: { schoolCode: ctx.college.code, ...pairCells(p), collectedAt },
      sources: nonEmptySources(p),
    }));
    const notes = [
      ...(ctx.college.code === null ? ['学校代码未设置：请在“设置 → 学校信息”中填写 5 位学校代码。'] : []),
      '专业方向按其专业代码上报（默认与所属专业相同，同一企业合并为一行）。未分专业的记录不在本表，见数据质量报告。',
      '上报版另有“主键数据唯一性标识”（由专业号与统一社会信用代码生成，逐年不变）；缺少统一社会信用代码的企业不进入上报版。',
    ];
    return [{ sheetName: '产学合作数据', title: 'ODS 产学合作数据', columns: REVIEW_COLUMNS, rows, notes, totalRows: rows.length }];
  },
  async buildUpload(ctx, query, job): Promise<UploadSheet> {
    job.progress('querying', 0, null);
    const pairs = await pairsInScope(ctx, query);
    job.throwIfCancelled();
    const collectedAt = formatDateTimeText(ctx.now());
    const refused: UploadSheet['refused'] = [];
    const rows: ReportRow[] = [];
    for (const p of pairs) {
      const uscc = p.partner.uscc?.trim();
      // USCC is the join key (domain.md §2.9): an empty one would be rejected, or join wrongly.
      if (!uscc) {
        refused.push({ label: `${p.partner.fullName}（${p.majorCode} ${p.majorName}）`, reason: MISSING_USCC });
        continue;
      }
      rows.push({ kind: 'data', cells: { uploadKey: odsPairKey(p.majorCode, uscc), schoolCode: ctx.college.code, ...pairCells(p), uscc, collectedAt } });
    }
    return { section: { sheetName: '产学合作数据', title: '产学合作数据', columns: R2_UPLOAD_COLUMNS, rows, totalRows: rows.length }, refused };
  },
};
