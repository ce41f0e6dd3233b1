import { useMemo, useState } from 'react';
import { Alert, Flex, Radio, Statistic, Table } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_PREVIEW_ROW_LIMIT, type ImportAnalysis } from '@shared/domain/importing';
import { StatusTag, type StatusTone } from '../../components/StatusTag';
import { translator } from '../../i18n';
import { indexErrors, rowErrorText, type DuplicateChoices } from './importWizardModel';
import { PreviewIssues } from './PreviewIssues';
import './import.css';

type PreviewRow = ImportAnalysis['rows'][number];
type Show = 'all' | 'invalid' | 'duplicate';

const TONE: Record<PreviewRow['status'], StatusTone> = { valid: 'success', invalid: 'error', duplicate: 'warning' };
const COUNTS = ['rows', 'valid', 'invalid', 'duplicates', 'skipped'] as const;

/**
 * Step 4: the rows as they will be read, each wrong cell marked with its message, the
 * counts, then the complete error and duplicate lists (PreviewIssues).
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
  const rows = show === 'all' ? analysis.rows : analysis.rows.filter((r) => r.status === show);
  const mapped = analysis.columns.filter((c): c is typeof c & { field: string } => c.field !== null);

  const columns = [
    { key: 'row', title: t('import.wizard.preview.row'), fixed: 'start' as const, width: 72, render: (_: unknown, r: PreviewRow) => r.row },
    {
      key: 'status',
      title: t('import.wizard.preview.status'),
      width: 96,
      render: (_: unknown, r: PreviewRow) => <StatusTag tone={TONE[r.status]}>{t(`import.wizard.preview.statuses.${r.status}`)}</StatusTag>,
    },
    ...mapped.map((c) => ({
      key: `col-${c.index}`,
      title: c.header,
      onCell: (r: PreviewRow) => (byCell.has(`${r.row}:${c.field}`) ? { className: 'import-cell-invalid' } : {}),
      render: (_: unknown, r: PreviewRow) => {
        const value = r.values[c.field] ?? '';
        const errors = byCell.get(`${r.row}:${c.field}`);
        if (!errors) return <span data-testid={`import-cell-${r.row}-${c.field}`}>{value}</span>;
        const messages = errors.map((e) => rowErrorText(translator, e, r.values)).join('；');
        return (
          <span data-testid={`import-cell-${r.row}-${c.field}`} data-invalid="true" title={messages}>
            <ExclamationCircleOutlined aria-hidden />
            {value}
            {/* The message itself, not only a colour: read by screen readers and shown on hover. */}
            <span className="import-cell-message" data-testid={`import-cell-error-${r.row}-${c.field}`}>
              {' '}
              ({t('import.wizard.preview.cellError', { message: messages })})
            </span>
          </span>
        );
      },
    })),
  ];

  return (
    <div data-testid="import-step-preview">
      <Flex gap={32} wrap className="import-counts" style={{ marginBottom: 16 }} data-testid="import-counts">
        {COUNTS.map((k) => (
          <div key={k} data-testid={`import-count-${k}`} data-value={analysis.totals[k]}>
            <Statistic title={t(`import.wizard.preview.counts.${k}`)} value={analysis.totals[k]} />
          </div>
        ))}
      </Flex>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <span id="import-show-label">{t('import.wizard.preview.showLabel')}</span>
        <Radio.Group
          aria-labelledby="import-show-label"
          optionType="button"
          value={show}
          onChange={(e) => setShow(e.target.value as Show)}
          options={(['all', 'invalid', 'duplicate'] as const).map((s) => ({ value: s, label: t(`import.wizard.preview.show.${s}`) }))}
          data-testid="import-show"
        />
      </Flex>
      {analysis.totals.rows > IMPORT_PREVIEW_ROW_LIMIT ? (
        <Alert type="info" showIcon title={t('import.wizard.preview.limited', { count: IMPORT_PREVIEW_ROW_LIMIT })} style={{ marginBottom: 12 }} />
      ) : null}
      {/* A wide file scrolls sideways: the region is focusable so keyboard users can scroll it. */}
      <div className="import-preview-scroll" tabIndex={0} role="region" aria-label={t('import.wizard.steps.preview')}>
        <Table<PreviewRow>
          data-testid="import-preview"
          rowKey="row"
          size="small"
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          dataSource={rows}
          onRow={(r) => ({ 'data-testid': `import-preview-row-${r.row}`, 'data-status': r.status }) as Record<string, string>}
          columns={columns}
        />
      </div>
      <PreviewIssues analysis={analysis} choices={choices} onChoices={onChoices} />
    </div>
  );
}
