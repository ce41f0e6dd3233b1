import { useMemo, useState } from 'react';
import { Alert, Flex, Radio, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_PREVIEW_ROW_LIMIT, type ImportAnalysis } from '@shared/domain/importing';
import { StatusTag, type StatusTone } from '../../components/StatusTag';
import { translator } from '../../i18n';
import { columnWidth, indexErrors, nameFieldOf, STEP_TABLE_HEIGHT, type DuplicateChoices } from './importWizardModel';
import { PreviewCell } from './PreviewCell';
import { PreviewIssues } from './PreviewIssues';
import { choiceSourceOf, mappedLabel } from './valueMappingModel';
import './import.css';

type PreviewRow = ImportAnalysis['rows'][number];
type Show = 'all' | 'invalid' | 'duplicate' | 'warned';

const TONE: Record<PreviewRow['status'], StatusTone> = { valid: 'success', invalid: 'error', duplicate: 'warning' };
const COUNTS = ['rows', 'valid', 'invalid', 'warned', 'duplicates', 'skipped'] as const;
const NAME_WIDTH = 240;

/**
 * Step 5: the rows as they will be read in a table that scrolls inside the screen (row
 * number and name stay on the left), each wrong cell marked with its message and the
 * allowed values, the counts, then the error, warning and duplicate lists (PreviewIssues).
 */
export function PreviewStep({
  analysis,
  choices,
  onChoices,
}: {
  analysis: ImportAnalysis;
  choices: DuplicateChoices;
  onChoices: (choices: DuplicateChoices) => void;
}) {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const { byCell } = useMemo(() => indexErrors(analysis.errors), [analysis.errors]);
  const warnedCells = useMemo(() => indexErrors(analysis.warnings).byCell, [analysis.warnings]);
  const rows = show === 'all' ? analysis.rows : analysis.rows.filter((r) => (show === 'warned' ? r.warned : r.status === show));
  const nameField = nameFieldOf(analysis);
  const mapped = analysis.columns.filter((c): c is typeof c & { field: string } => c.field !== null && c.field !== nameField);
  const nameHeader = analysis.columns.find((c) => c.field === nameField)?.header ?? '';
  const cell = (r: PreviewRow, field: string) => (
    <PreviewCell
      row={r.row}
      field={field}
      values={r.values}
      errors={byCell.get(`${r.row}:${field}`)}
      warnings={warnedCells.get(`${r.row}:${field}`)}
      choices={choiceSourceOf(analysis, field)}
      mapped={mappedLabel(translator, analysis, field, r.values[field])}
    />
  );
  const cellClass = (r: PreviewRow, field: string) =>
    byCell.has(`${r.row}:${field}`) ? { className: 'import-cell-invalid' } : warnedCells.has(`${r.row}:${field}`) ? { className: 'import-cell-warned' } : {};

  const columns = [
    {
      key: 'name',
      title: nameField ? `${t('import.wizard.preview.row')} / ${nameHeader}` : t('import.wizard.preview.row'),
      fixed: 'left' as const,
      width: NAME_WIDTH,
      ellipsis: { showTitle: false },
      onCell: (r: PreviewRow) => (nameField ? cellClass(r, nameField) : {}),
      render: (_: unknown, r: PreviewRow) => (
        <span className="import-name-cell">
          <span className="import-row-no">{r.row}</span>
          {nameField ? cell(r, nameField) : null}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('import.wizard.preview.status'),
      width: 150,
      render: (_: unknown, r: PreviewRow) => (
        <span data-testid={`import-row-status-${r.row}`}>
          <StatusTag tone={TONE[r.status]}>{t(`import.wizard.preview.statuses.${r.status}`)}</StatusTag>
          {r.warned ? (
            <span data-testid={`import-row-warned-${r.row}`}>
              <StatusTag tone="warning">{t('import.wizard.preview.warnedTag')}</StatusTag>
            </span>
          ) : null}
        </span>
      ),
    },
    ...mapped.map((c) => ({
      key: `col-${c.index}`,
      title: c.header,
      width: columnWidth(c.header, c.field === 'address' || c.field === 'notes' ? 200 : 110),
      ellipsis: { showTitle: false },
      onCell: (r: PreviewRow) => cellClass(r, c.field),
      render: (_: unknown, r: PreviewRow) => cell(r, c.field),
    })),
  ];

  return (
    <div data-testid="import-step-preview">
      <Flex gap={16} wrap justify="space-between" align="end" style={{ marginBottom: 8 }}>
        <Flex gap={28} wrap className="import-counts" data-testid="import-counts">
          {COUNTS.map((k) => (
            <div key={k} data-testid={`import-count-${k}`} data-value={analysis.totals[k]}>
              <Statistic title={t(`import.wizard.preview.counts.${k}`)} value={analysis.totals[k]} />
            </div>
          ))}
        </Flex>
        <Flex gap={8} align="center" wrap>
          <span id="import-show-label">{t('import.wizard.preview.showLabel')}</span>
          <Radio.Group
            aria-labelledby="import-show-label"
            optionType="button"
            size="small"
            value={show}
            onChange={(e) => setShow(e.target.value as Show)}
            options={(['all', 'invalid', 'warned', 'duplicate'] as const).map((s) => ({ value: s, label: t(`import.wizard.preview.show.${s}`) }))}
            data-testid="import-show"
          />
        </Flex>
      </Flex>
      {analysis.totals.rows > IMPORT_PREVIEW_ROW_LIMIT ? (
        <Alert type="info" showIcon title={t('import.wizard.preview.limited', { count: IMPORT_PREVIEW_ROW_LIMIT })} style={{ marginBottom: 8 }} />
      ) : null}
      {/* The table scrolls inside a bounded height and sideways; the region is focusable for keyboard users. */}
      <div className="import-preview-scroll" tabIndex={0} role="region" aria-label={t('import.wizard.steps.preview')}>
        <Table<PreviewRow>
          data-testid="import-preview"
          rowKey="row"
          size="small"
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
          dataSource={rows}
          onRow={(r) => ({ 'data-testid': `import-preview-row-${r.row}`, 'data-status': r.status, 'data-warned': String(r.warned) }) as Record<string, string>}
          columns={columns}
          scroll={{ x: 'max-content', y: STEP_TABLE_HEIGHT }}
        />
      </div>
      <PreviewIssues analysis={analysis} choices={choices} onChoices={onChoices} />
    </div>
  );
}
