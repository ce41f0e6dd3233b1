import type { HTMLAttributes, ReactNode } from 'react';
import { Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvenanceRef, ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { EmptyState } from '../../components/EmptyState';
import { currentLanguage } from '../../i18n';
import { columnHeader, compareCells, formatCell, isNumericColumn, type CellText } from './reportCells';

/** What the provenance drawer shows: the figure, its column and the records behind it. */
export interface FigureSources {
  column: string;
  value: string;
  refs: readonly ProvenanceRef[];
}

interface DataRow {
  key: number;
  row: ReportRow;
}

const PAGE_SIZE = 50;

/**
 * One section of a report as an antd Table. Data rows sort by any column; subtotal and total
 * rows are bold and stay at the end (in the table's summary), whatever the sort. A figure
 * with source records is a button that opens them.
 */
export function ReportSectionTable({
  section,
  index,
  onShowSources,
  exactLabels = false,
}: {
  section: ReportSection;
  index: number;
  /** The upload layout: the platform's header texts as they are, no unit appended. */
  exactLabels?: boolean;
  onShowSources: (figure: FigureSources) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const text: CellText = { yes: t('common.yes'), no: t('common.no'), language };

  const renderCell = (column: ReportColumn, row: ReportRow): ReactNode => {
    const value = formatCell(column, row.cells[column.key], text);
    const refs = row.sources?.[column.key];
    if (!refs || refs.length === 0 || value === '') return value;
    return (
      <Button
        type="link"
        size="small"
        className="report-figure"
        data-testid="report-figure"
        data-column={column.key}
        aria-label={t('reports.preview.figureSources', { value })}
        onClick={() => onShowSources({ column: columnHeader(column), value, refs })}
      >
        {value}
      </Button>
    );
  };

  const columns: TableColumnsType<DataRow> = section.columns.map((column) => ({
    key: column.key,
    // Official column names: Chinese in every UI language.
    title: <span lang="zh-CN">{exactLabels ? column.label : columnHeader(column)}</span>,
    align: isNumericColumn(column) ? ('right' as const) : undefined,
    sorter: (a: DataRow, b: DataRow) => compareCells(a.row.cells[column.key], b.row.cells[column.key], language),
    render: (_: unknown, record: DataRow) => renderCell(column, record.row),
  }));

  const dataRows: DataRow[] = [];
  const pinned: ReportRow[] = [];
  section.rows.forEach((row, key) => {
    if (row.kind === 'subtotal' || row.kind === 'total') pinned.push(row);
    else dataRows.push({ key, row });
  });

  return (
    <Table<DataRow>
      data-testid={`report-section-${index}`}
      size="small"
      bordered
      columns={columns}
      dataSource={dataRows}
      locale={{ emptyText: <EmptyState compact title={t('reports.preview.empty')} hint={t('emptyState.reports.hint')} testId={`report-empty-${index}`} /> }}
      onRow={() => ({ 'data-testid': 'report-row' }) as HTMLAttributes<HTMLElement>}
      pagination={
        dataRows.length > PAGE_SIZE
          ? { defaultPageSize: PAGE_SIZE, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 500], showTotal: (n) => t('reports.preview.rows', { count: n }) }
          : false
      }
      scroll={{ x: 'max-content' }}
      summary={() =>
        pinned.length === 0 ? null : (
          <Table.Summary>
            {pinned.map((row, r) => (
              <Table.Summary.Row key={r} className="report-total-row" data-testid={`report-${row.kind ?? 'total'}-row`}>
                {section.columns.map((column, c) => (
                  <Table.Summary.Cell key={column.key} index={c} align={isNumericColumn(column) ? 'right' : undefined}>
                    {renderCell(column, row)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            ))}
          </Table.Summary>
        )
      }
    />
  );
}
