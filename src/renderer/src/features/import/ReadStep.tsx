import { useState } from 'react';
import { Button, Descriptions, Flex, InputNumber, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_ENCODINGS, type ImportAnalysis } from '@shared/domain/importing';
import { translator } from '../../i18n';
import { noteText } from './importWizardModel';

type Encoding = (typeof IMPORT_ENCODINGS)[number];

export interface ReadOverrides {
  sheet?: string;
  encoding?: Encoding;
  headerRow?: number;
}

const DELIMITERS: Record<string, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon' };

/**
 * Step 2: what the core found (file type, sheet, encoding, header row) with a way to
 * correct each, and the notes on rows it skipped or filled down.
 */
export function ReadStep({ analysis, busy, onReread }: { analysis: ImportAnalysis; busy: boolean; onReread: (o: ReadOverrides) => void }) {
  const { t } = useTranslation();
  const [headerRow, setHeaderRow] = useState<number>(analysis.headerRow);
  const delimiter = analysis.delimiter;
  const delimiterText = delimiter === null ? null : DELIMITERS[delimiter]
    ? t(`import.wizard.read.delimiters.${DELIMITERS[delimiter]}`)
    : t('import.wizard.read.delimiters.other', { value: delimiter });

  const items = [
    { key: 'format', label: t('import.wizard.read.format'), children: <span data-testid="import-format">{analysis.format === 'xlsx' ? 'Excel (.xlsx)' : 'CSV'}</span> },
    ...(analysis.format === 'xlsx'
      ? [{
          key: 'sheet',
          label: <label htmlFor="import-sheet">{t('import.wizard.read.sheet')}</label>,
          children: (
            <Select
              id="import-sheet"
              data-testid="import-sheet"
              style={{ minWidth: 200 }}
              value={analysis.sheetName ?? undefined}
              disabled={busy}
              options={analysis.sheetNames.map((s) => ({ value: s, label: s }))}
              onChange={(sheet: string) => onReread({ sheet })}
            />
          ),
        }]
      : [
          {
            key: 'encoding',
            label: <label htmlFor="import-encoding">{t('import.wizard.read.encoding')}</label>,
            children: (
              <Select
                id="import-encoding"
                data-testid="import-encoding"
                style={{ minWidth: 260 }}
                value={analysis.encoding ?? undefined}
                disabled={busy}
                options={IMPORT_ENCODINGS.map((e) => ({ value: e, label: t(`import.wizard.read.encodings.${e}`) }))}
                onChange={(encoding: Encoding) => onReread({ encoding })}
              />
            ),
          },
          { key: 'delimiter', label: t('import.wizard.read.delimiter'), children: delimiterText ?? t('common.none') },
        ]),
    {
      key: 'headerRow',
      label: <label htmlFor="import-header-row">{t('import.wizard.read.headerRow')}</label>,
      children: (
        <Flex gap={8} align="center" wrap>
          <InputNumber
            id="import-header-row"
            data-testid="import-header-row"
            min={1}
            max={1000}
            precision={0}
            value={headerRow}
            onChange={(v) => setHeaderRow(typeof v === 'number' ? v : analysis.headerRow)}
          />
          <Button disabled={busy || headerRow === analysis.headerRow} onClick={() => onReread({ headerRow })} data-testid="import-reread">
            {t('import.wizard.read.reread')}
          </Button>
          <Typography.Text>{t('import.wizard.read.headerRowHint')}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'rows', label: t('import.wizard.read.dataRows'), children: <span data-testid="import-data-rows">{analysis.totals.rows}</span> },
  ];

  return (
    <div data-testid="import-step-read">
      <Descriptions bordered size="small" column={1} items={items} style={{ marginBottom: 16 }} />
      <h2>{t('import.wizard.read.notes')}</h2>
      {analysis.notes.length === 0 ? (
        <p data-testid="import-notes-none">{t('import.wizard.read.noNotes')}</p>
      ) : (
        <List
          size="small"
          bordered
          data-testid="import-notes"
          dataSource={analysis.notes}
          renderItem={(n) => {
            const text = noteText(translator, analysis.entity, n.key, n.params);
            return (
              <List.Item data-testid="import-note">
                {n.row === null ? text : t('import.wizard.read.rowNote', { row: n.row, text })}
              </List.Item>
            );
          }}
        />
      )}
    </div>
  );
}
