import { Popover } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportChoiceSource } from '@shared/domain/importing';
import { useChannel } from '../../api/useChannel';
import { translator } from '../../i18n';
import { classificationOptions, useClassifications } from './classificationChoices';
import { enumOptions } from './valueMappingModel';

const MAX_SHOWN = 12;

function ChoiceList({ source, value }: { source: ImportChoiceSource; value: string }) {
  const { t } = useTranslation();
  const lookups = useClassifications();
  const majors = useChannel('majors:list', { includeDeleted: false }, { enabled: source.kind === 'major' });
  if (source.kind === 'enum') return <span>{enumOptions(translator, source.enumName).map((o) => o.label).join('、')}</span>;
  const labels =
    source.kind === 'major'
      ? (majors.data ?? []).map((m) => `${m.code} ${m.name}`)
      : classificationOptions(lookups, source.kind, value).map((o) => o.label);
  return (
    <span>
      {t('import.wizard.preview.allowedSearch')} {labels.slice(0, MAX_SHOWN).join('、')}
      {labels.length > MAX_SHOWN ? '…' : ''}
    </span>
  );
}

/** A "?" next to a wrong choice value: on hover or focus, the values the field allows. */
export function AllowedValues({ source, value, testId }: { source: ImportChoiceSource; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Popover
      title={t('import.wizard.preview.allowed')}
      content={<div className="import-allowed" data-testid={`${testId}-list`}><ChoiceList source={source} value={value} /></div>}
      trigger={['hover', 'focus']}
    >
      <QuestionCircleOutlined className="import-allowed-trigger" tabIndex={0} role="button" aria-label={t('import.wizard.preview.allowed')} data-testid={testId} />
    </Popover>
  );
}
