import { useState } from 'react';
import { App, Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '@shared/domain/importing';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { mappingByHeader } from './importWizardModel';
import { decidedValues } from './valueMappingModel';

/**
 * "Save the mapping" on the column and value steps: the columns by header and every value
 * choice shown, so the next file of the same layout needs neither step.
 */
export function SaveMappingForm({ analysis, busy, onSaved }: { analysis: ImportAnalysis; busy: boolean; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [saveError, setSaveError] = useState<AppError | null>(null);

  const save = async () => {
    setSaveError(null);
    try {
      const result = await call('import:saveMapping', {
        entity: analysis.entity,
        name: name.trim(),
        columns: mappingByHeader(analysis),
        values: decidedValues(analysis),
      });
      void message.success(t('import.wizard.map.savedOk', { name: result.name }));
      setName('');
      onSaved?.();
    } catch (e) {
      setSaveError(toAppError(e));
    }
  };

  return (
    <>
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
    </>
  );
}
