import { Checkbox, Collapse, Flex, Radio, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis, ImportDuplicate } from '@shared/domain/importing';
import { translator } from '../../i18n';
import { fieldLabel, unverifiedActionFor, type DuplicateChoices, type FileDuplicateAction, type UnverifiedAction } from './importWizardModel';

const FILE_ACTIONS: FileDuplicateAction[] = ['merge', 'skip'];
const UNVERIFIED_ACTIONS: UnverifiedAction[] = ['import', 'skip'];

/**
 * What the user settles before the commit besides the mode: the columns that map to no
 * field ("其他列写入备注"), rows repeating an earlier row of the file (merge or skip, with
 * the values that differ) and rows whose USCC check character is wrong (import unverified
 * or skip, for all and per row). Lists are collapsible so the step fits the screen.
 */
export function ConfirmReview({
  analysis,
  choices,
  disabled,
  onChoices,
  onKeepUnmapped,
}: {
  analysis: ImportAnalysis;
  choices: DuplicateChoices;
  disabled: boolean;
  onChoices: (choices: DuplicateChoices) => void;
  onKeepUnmapped: (keep: boolean) => void;
}) {
  const { t } = useTranslation();
  const fileDuplicates = analysis.duplicates.filter((d): d is ImportDuplicate & { sameAsRow: number } => d.sameAsRow !== null);
  const usccOf = new Map(analysis.rows.map((r) => [r.row, r.values['uscc'] ?? '']));
  const label = (field: string) => fieldLabel(translator, analysis.entity, field);

  const unmapped = (
    <div data-testid="import-unmapped">
      {analysis.unmappedColumns.length === 0 ? (
        <span data-testid="import-unmapped-none">{t('import.wizard.confirm.unmappedNone')}</span>
      ) : (
        <>
          <p data-testid="import-unmapped-columns" className="import-hint">
            {t('import.wizard.confirm.unmappedHint', { columns: analysis.unmappedColumns.join('、') })}
          </p>
          {analysis.notesField === null ? (
            <span className="import-hint" data-testid="import-unmapped-not-kept">{t('import.wizard.confirm.unmappedNoNotes')}</span>
          ) : (
            <>
              <Checkbox checked={analysis.keepUnmappedInNotes} disabled={disabled} onChange={(e) => onKeepUnmapped(e.target.checked)} data-testid="import-keep-unmapped">
                {t('import.wizard.confirm.keepUnmapped')}
              </Checkbox>
              <span className="import-hint">{t('import.wizard.confirm.keepUnmappedHint')}</span>
            </>
          )}
        </>
      )}
    </div>
  );

  const files = (
    <div data-testid="import-file-duplicates">
      <p className="import-hint">{t('import.wizard.confirm.fileDuplicatesHint')}</p>
      <Radio.Group
        aria-label={t('import.wizard.confirm.fileDuplicates', { count: fileDuplicates.length })}
        value={choices.fileDuplicates}
        disabled={disabled}
        onChange={(e) => onChoices({ ...choices, fileDuplicates: e.target.value as FileDuplicateAction })}
        options={FILE_ACTIONS.map((a) => ({ value: a, label: t(`import.wizard.confirm.fileActions.${a}`) }))}
        data-testid="import-file-duplicates-action"
      />
      <ul className="import-review-list">
        {fileDuplicates.map((d) => (
          <li key={d.row} data-testid={`import-file-duplicate-${d.row}`}>
            {t('import.wizard.confirm.sameAs', { row: d.row, same: d.sameAsRow })}
            {d.conflicts.length === 0
              ? t('import.wizard.confirm.noConflict')
              : d.conflicts.map((c) => t('import.wizard.confirm.conflict', { field: label(c.field), kept: c.kept, other: c.other })).join(t('import.wizard.confirm.listSeparator'))}
          </li>
        ))}
      </ul>
    </div>
  );

  const unverifiedOptions = UNVERIFIED_ACTIONS.map((a) => ({ value: a, label: t(`import.wizard.confirm.unverifiedActions.${a}`) }));
  const unverified = (
    <div data-testid="import-unverified">
      <p className="import-hint">{t('import.wizard.confirm.unverifiedHint')}</p>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <span id="import-unverified-all-label">{t('import.wizard.confirm.unverifiedAll')}</span>
        <Radio.Group
          aria-labelledby="import-unverified-all-label"
          value={choices.usccUnverified}
          disabled={disabled}
          onChange={(e) => onChoices({ ...choices, usccUnverified: e.target.value as UnverifiedAction, usccRows: {} })}
          options={unverifiedOptions}
          data-testid="import-unverified-all"
        />
      </Flex>
      <Table<{ row: number }>
        size="small"
        rowKey="row"
        pagination={{ pageSize: 5, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
        dataSource={analysis.usccUnverifiedRows.map((row) => ({ row }))}
        columns={[
          { key: 'row', title: t('import.wizard.preview.row'), render: (_: unknown, r) => t('import.wizard.confirm.unverifiedRow', { row: r.row, value: usccOf.get(r.row) ?? '' }) },
          {
            key: 'action',
            title: t('import.wizard.preview.action'),
            width: 280,
            render: (_: unknown, r) => (
              <Select<UnverifiedAction>
                aria-label={t('import.wizard.confirm.unverifiedFor', { row: r.row })}
                data-testid={`import-unverified-action-${r.row}`}
                style={{ width: 260 }}
                disabled={disabled}
                value={unverifiedActionFor(choices, r.row)}
                options={unverifiedOptions}
                onChange={(a) => onChoices({ ...choices, usccRows: { ...choices.usccRows, [r.row]: a } })}
              />
            ),
          },
        ]}
      />
    </div>
  );

  const panels = [
    { key: 'unmapped', label: t('import.wizard.confirm.unmapped'), children: unmapped },
    ...(fileDuplicates.length > 0 ? [{ key: 'files', label: t('import.wizard.confirm.fileDuplicates', { count: fileDuplicates.length }), children: files }] : []),
    ...(analysis.usccUnverifiedRows.length > 0
      ? [{ key: 'unverified', label: t('import.wizard.confirm.unverified', { count: analysis.usccUnverifiedRows.length }), children: unverified }]
      : []),
  ];
  return <Collapse size="small" defaultActiveKey={panels.map((p) => p.key)} items={panels} data-testid="import-review" />;
}
