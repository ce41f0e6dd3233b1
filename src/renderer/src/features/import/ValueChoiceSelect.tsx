import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportChoiceSource } from '@shared/domain/importing';
import { useChannel } from '../../api/useChannel';
import { translator } from '../../i18n';
import { classificationOptions, useClassifications } from './classificationChoices';
import { enumOptions, fromSelectValue, toSelectValue, type ChoiceOption } from './valueMappingModel';

interface Props {
  source: ImportChoiceSource;
  /** The file's text, searched for classification suggestions. */
  text: string;
  value: string | null;
  suggestion: string | null;
  ariaLabel: string;
  testId: string;
  disabled: boolean;
  onChange: (code: string | null) => void;
}

const WIDTH = 300;

/**
 * The choices one unknown value may stand for, plus "leave blank, keep the text in notes":
 * an enum's labels, GB/T 4754 industries and GB/T 2260 regions searched as the user types,
 * or the majors in the reference data.
 */
export function ValueChoiceSelect(props: Props) {
  if (props.source.kind === 'enum') return <ChoiceSelect {...props} options={enumOptions(translator, props.source.enumName)} />;
  if (props.source.kind === 'major') return <MajorChoiceSelect {...props} />;
  return <ClassificationChoiceSelect {...props} kind={props.source.kind} />;
}

function ChoiceSelect({
  value,
  ariaLabel,
  testId,
  disabled,
  onChange,
  options,
  onSearch,
  loading,
}: Props & { options: ChoiceOption[]; onSearch?: (text: string) => void; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select<string>
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: WIDTH }}
      popupMatchSelectWidth={false}
      disabled={disabled}
      loading={loading}
      value={toSelectValue(value)}
      notFoundContent={t('import.wizard.values.noMatch')}
      showSearch={onSearch ? { filterOption: false, onSearch } : { optionFilterProp: 'label' }}
      options={[{ value: toSelectValue(null), label: t('import.wizard.values.notes') }, ...options]}
      onChange={(v) => onChange(fromSelectValue(v))}
    />
  );
}

function ClassificationChoiceSelect(props: Props & { kind: 'industry' | 'region' }) {
  const [search, setSearch] = useState('');
  const lookups = useClassifications();
  const options = classificationOptions(lookups, props.kind, search.trim() || props.text, search.trim() ? [props.value] : [props.value, props.suggestion]);
  return <ChoiceSelect {...props} options={options} onSearch={setSearch} loading={!lookups} />;
}

function MajorChoiceSelect(props: Props) {
  const majors = useChannel('majors:list', { includeDeleted: false });
  const options = (majors.data ?? []).map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }));
  return <ChoiceSelect {...props} options={options} loading={majors.loading} />;
}
