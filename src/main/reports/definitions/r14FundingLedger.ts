import { FUNDING_SOURCE_KINDS } from '@shared/domain/enums';
import type { ProvenanceRef, ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { type FundingDetailRow, listFundingDetails, listSourcesByKind } from '../data/registerFunding';
import type { ReportDefinition } from '../reportDefinition';
import { date, ref, text, yuan } from './registerCommon';

// R14 经费来源与收支明细 (自然年, domain.md §2.4): the period's transactions, then a summary
// by source for the period's year and the year before, with income, expenditure, balance.

export const R14_DETAIL_COLUMNS: ReportColumn[] = [
  text('source', '经费来源', { width: 22 }),
  text('sourceKind', '来源类别'),
  text('project', '项目/协议', { width: 30 }),
  text('direction', '收支'),
  yuan('amount', '金额'),
  date('date', '日期'),
  text('voucher', '凭证号', { code: true, width: 14 }),
  text('summary', '摘要', { width: 26 }),
];

export const R14_SUMMARY_COLUMNS: ReportColumn[] = [
  text('source', '经费来源', { width: 22 }),
  text('sourceKind', '来源类别'),
  { key: 'year', label: '年度', type: 'text', width: 8 },
  yuan('income', '收入'),
  yuan('expenditure', '支出'),
  yuan('balance', '结余'),
];

function project(row: FundingDetailRow): string | null {
  if (row.agreement_label !== null) return row.agreement_label;
  if (row.programme_type === null) return null;
  const kind = zhCNEnums.programmeType[row.programme_type];
  return row.programme_name ? `${kind}：${row.programme_name}` : kind;
}

function detailRow(row: FundingDetailRow): ReportRow {
  const self = ref('funding_txn', row.id, row.voucher_no ?? row.date);
  const sources: NonNullable<ReportRow['sources']> = { amount: self, voucher: self, source: ref('funding_source', row.source_id, row.source_name) };
  if (row.agreement_id && row.agreement_label) sources.project = ref('agreement', row.agreement_id, row.agreement_label);
  return {
    cells: {
      source: row.source_name,
      sourceKind: zhCNEnums.fundingSourceKind[row.source_kind],
      project: project(row),
      direction: zhCNEnums.fundingDirection[row.direction],
      amount: row.amount_fen,
      date: row.date,
      voucher: row.voucher_no,
      summary: row.summary,
    },
    sources,
  };
}

interface Tally {
  income: number | null;
  expenditure: number | null;
  incomeRefs: ProvenanceRef[];
  expenditureRefs: ProvenanceRef[];
}

const emptyTally = (): Tally => ({ income: null, expenditure: null, incomeRefs: [], expenditureRefs: [] });

function add(tally: Tally, row: FundingDetailRow): void {
  const refs = ref('funding_txn', row.id, row.voucher_no ?? row.date);
  if (row.direction === 'in') {
    tally.income = (tally.income ?? 0) + row.amount_fen;
    tally.incomeRefs.push(...refs);
  } else {
    tally.expenditure = (tally.expenditure ?? 0) + row.amount_fen;
    tally.expenditureRefs.push(...refs);
  }
}

/** Income and expenditure as cells; blank (not 0) where the year has none of that direction. */
function tallyCells(tally: Tally): Pick<ReportRow, 'cells' | 'sources'> {
  return {
    cells: { income: tally.income, expenditure: tally.expenditure, balance: (tally.income ?? 0) - (tally.expenditure ?? 0) },
    sources: {
      ...(tally.incomeRefs.length > 0 ? { income: tally.incomeRefs } : {}),
      ...(tally.expenditureRefs.length > 0 ? { expenditure: tally.expenditureRefs } : {}),
    },
  };
}

export const r14FundingLedger: ReportDefinition = {
  descriptor: { id: 'R14', title: '经费来源与收支明细', periodKind: 'calendar', formats: ['xlsx'], needsOrganisation: false, filters: [] },
  async build(ctx, query, job) {
    job.progress('querying', 0, null);
    const year = Number(query.range.from.slice(0, 4));
    const years = [year - 1, year];
    const details = await listFundingDetails(ctx.db, query.range);
    const both = await listFundingDetails(ctx.db, { from: `${year - 1}-01-01`, to: query.range.to });
    job.throwIfCancelled();

    const detailRows = details.map(detailRow);
    for (const direction of ['in', 'out'] as const) {
      const rows = details.filter((d) => d.direction === direction);
      detailRows.push({
        kind: 'total',
        cells: { source: direction === 'in' ? '收入合计' : '支出合计', amount: rows.length > 0 ? rows.reduce((s, d) => s + d.amount_fen, 0) : null },
      });
    }

    const bySourceYear = new Map<string, Tally>();
    const byYear = new Map<number, Tally>(years.map((y) => [y, emptyTally()]));
    for (const row of both) {
      const y = Number(row.date.slice(0, 4));
      const key = `${row.source_id}|${y}`;
      const tally = bySourceYear.get(key) ?? emptyTally();
      add(tally, row);
      bySourceYear.set(key, tally);
      const yearTally = byYear.get(y);
      if (yearTally) add(yearTally, row);
    }
    const summaryRows: ReportRow[] = [];
    for (const source of await listSourcesByKind(ctx.db, FUNDING_SOURCE_KINDS)) {
      for (const y of years) {
        const tally = bySourceYear.get(`${source.id}|${y}`);
        if (!tally) continue;
        const { cells, sources } = tallyCells(tally);
        summaryRows.push({
          cells: { source: source.name, sourceKind: zhCNEnums.fundingSourceKind[source.kind], year: `${y}年`, ...cells },
          ...(sources && Object.keys(sources).length > 0 ? { sources } : {}),
        });
      }
    }
    for (const y of years) {
      const tally = byYear.get(y) ?? emptyTally();
      const { cells } = tallyCells(tally);
      const any = tally.income !== null || tally.expenditure !== null;
      summaryRows.push({ kind: 'total', cells: { source: `${y}年合计`, year: `${y}年`, ...(any ? cells : { income: null, expenditure: null, balance: null }) } });
    }

    const sections: ReportSection[] = [
      {
        sheetName: '收支明细',
        title: `${year}年经费收支明细`,
        columns: R14_DETAIL_COLUMNS,
        rows: detailRows,
        totalRows: detailRows.length,
        notes: ['经费按自然年统计（1月1日至12月31日）。'],
      },
      {
        sheetName: '来源汇总',
        title: `经费来源汇总（${year - 1}年、${year}年）`,
        columns: R14_SUMMARY_COLUMNS,
        rows: summaryRows,
        totalRows: summaryRows.length,
        notes: ['结余 = 收入 − 支出；某一方向当年没有发生额时留空。'],
      },
    ];
    return sections;
  },
};
