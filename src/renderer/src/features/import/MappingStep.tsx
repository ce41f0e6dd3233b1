import { Alert, Flex, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '@shared/domain/importing';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translator } from '../../i18n';
import { fieldLabel, missingRequired, STEP_TABLE_HEIGHT } from './importWizardModel';
import { SaveMappingForm } from './SaveMappingForm';

type Column = ImportAnalysis['columns'][number];
// antd Select values cannot be null: this stands for "do not import this column".
const IGNORE = '__ignore__';

/**
 * Step 3: each column of the file → a field, the core's guess preselected and required
 * fields marked; a mapping can be saved for next year's file and picked again.
 */
export function MappingStep({
  analysis,
  busy,
  mappingId,
  onChangeField,
  onApplySaved,
}: {
  analysis: ImportAnalysis;
  busy: boolean;
  mappingId: string | undefined;
  onChangeField: (index: number, field: string | null) => void;
  onApplySaved: (mappingId: string) => void;
}) {
  const { t } = useTranslation();
  const saved = useChannel('import:mappings', { entity: analysis.entity });
  const missing = missingRequired(analysis);
  const firstRow = analysis.rows[0];
  const label = (field: string) => fieldLabel(translator, analysis.entity, field);
  const fieldOptions = [
    { value: IGNORE, label: t('import.wizard.map.ignore') },
    ...analysis.fields.map((f) => ({ value: f.field, label: f.required ? `${label(f.field)} *` : label(f.field) })),
  ];

  const columns = [
    {
      key: 'header',
      title: t('import.wizard.map.column'),
      render: (_: unknown, c: Column) => <span data-testid={`import-map-header-${c.index}`}>{c.header || `#${c.index + 1}`}</span>,
    },
    {
      key: 'field',
      title: t('import.wizard.map.field'),
      render: (_: unknown, c: Column) => (
        <Select
          aria-label={t('import.wizard.map.fieldFor', { header: c.header || `#${c.index + 1}` })}
          data-testid={`import-map-field-${c.index}`}
          style={{ minWidth: 240 }}
          disabled={busy}
          showSearch={{ optionFilterProp: 'label' }}
          value={c.field ?? IGNORE}
          options={fieldOptions}
          onChange={(v: string) => onChangeField(c.index, v === IGNORE ? null : v)}
        />
      ),
    },
    {
      key: 'sample',
      title: t('import.wizard.map.sample'),
      render: (_: unknown, c: Column) => (c.field && firstRow ? (firstRow.values[c.field] ?? '') : ''),
    },
  ];

  return (
    <div data-testid="import-step-map">
      <p>{t('import.wizard.map.intro')}</p>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <label htmlFor="import-saved-mapping">{t('import.wizard.map.saved')}</label>
        <Select
          id="import-saved-mapping"
          data-testid="import-saved-mapping"
          style={{ minWidth: 240 }}
          placeholder={t('import.wizard.map.savedPlaceholder')}
          loading={saved.loading}
          disabled={busy || (saved.data ?? []).length === 0}
          value={mappingId}
          options={(saved.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          onChange={(id: string) => onApplySaved(id)}
        />
      </Flex>
      {saved.error ? <ErrorAlert error={saved.error} onRetry={saved.reload} /> : null}
      {analysis.appliedMapping ? (
        <Alert
          type="info"
          showIcon
          data-testid="import-mapping-applied"
          title={t('import.wizard.map.applied', { name: analysis.appliedMapping.name })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-required-missing"
          title={t('import.wizard.map.requiredMissing', { fields: missing.map(label).join('、') })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<Column>
        data-testid="import-mapping"
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={analysis.columns}
        columns={columns}
        scroll={{ y: STEP_TABLE_HEIGHT }}
        style={{ marginBottom: 16 }}
      />
      <SaveMappingForm analysis={analysis} busy={busy} onSaved={saved.reload} />
    </div>
  );
}
