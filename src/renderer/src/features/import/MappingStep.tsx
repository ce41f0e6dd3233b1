import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '@shared/domain/importing';
import { call, toAppError, type AppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translator } from '../../i18n';
import { fieldLabel, mappingByHeader, missingRequired } from './importWizardModel';

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
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const saved = useChannel('import:mappings', { entity: analysis.entity });
  const missing = missingRequired(analysis);
  const firstRow = analysis.rows[0];
  const label = (field: string) => fieldLabel(translator, analysis.entity, field);
  const fieldOptions = [
    { value: IGNORE, label: t('import.wizard.map.ignore') },
    ...analysis.fields.map((f) => ({ value: f.field, label: f.required ? `${label(f.field)} *` : label(f.field) })),
  ];

  const save = async () => {
    setSaveError(null);
    try {
      const result = await call('import:saveMapping', { entity: analysis.entity, name: name.trim(), columns: mappingByHeader(analysis) });
      void message.success(t('import.wizard.map.savedOk', { name: result.name }));
      setName('');
      saved.reload();
    } catch (e) {
      setSaveError(toAppError(e));
    }
  };

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
        style={{ marginBottom: 16 }}
      />
      <Flex gap={8} align="center" wrap>
        <label htmlFor="import-mapping-name">{t('import.wizard.map.saveName')}</label>
        <Input
          id="import-mapping-name"
          data-testid="import-mapping-name"
          style={{ maxWidth: 280 }}
          maxLength={100}
          placeholder={t('import.wizard.map.saveNamePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button disabled={!name.trim() || busy} onClick={() => void save()} data-testid="import-save-mapping">
          {t('import.wizard.map.save')}
        </Button>
      </Flex>
      {saveError ? <div style={{ marginTop: 12 }}><ErrorAlert error={saveError} /></div> : null}
    </div>
  );
}
