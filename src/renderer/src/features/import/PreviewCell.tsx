import { Tooltip } from 'antd';
import { ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportChoiceSource, ImportRowError } from '@shared/domain/importing';
import { translator } from '../../i18n';
import { AllowedValues } from './AllowedValues';
import { rowErrorText } from './importWizardModel';

/**
 * One cell of the preview: the value (ellipsis, full text on hover), marked when the core
 * found it wrong (error) or kept it in notes (warning), with the message for screen readers
 * and, for a choice field, the allowed values next to it.
 */
export function PreviewCell({
  row,
  field,
  values,
  errors,
  warnings,
  choices,
  mapped,
}: {
  row: number;
  field: string;
  values: Record<string, string | null>;
  errors: ImportRowError[] | undefined;
  warnings: ImportRowError[] | undefined;
  choices: ImportChoiceSource | null;
  /** What the value was mapped to on the value step, when it reads differently. */
  mapped?: string | null;
}) {
  const { t } = useTranslation();
  const value = values[field] ?? '';
  const issues = errors ?? warnings;
  const testId = `import-cell-${row}-${field}`;
  if (!issues) {
    const shown = mapped ? `${value} → ${mapped}` : value;
    return (
      <Tooltip title={shown || undefined} placement="topLeft">
        <span className="import-cell-text" data-testid={testId} data-mapped={mapped ?? undefined}>
          {value}
          {mapped ? <span className="import-cell-mapped"> → {mapped}</span> : null}
        </span>
      </Tooltip>
    );
  }
  const messages = issues.map((e) => rowErrorText(translator, e, values)).join('；');
  const isError = errors !== undefined;
  const shown = value || String(issues[0]?.params['value'] ?? '');
  return (
    <span className="import-cell-issue" data-testid={testId} data-invalid={isError ? 'true' : undefined} data-warned={isError ? undefined : 'true'}>
      {choices ? <AllowedValues source={choices} value={shown} testId={`import-allowed-${row}-${field}`} /> : null}
      <Tooltip title={messages} placement="topLeft">
        <span className="import-cell-text">
          {isError ? <ExclamationCircleOutlined aria-hidden /> : <WarningOutlined aria-hidden />}
          {shown}
        </span>
      </Tooltip>
      {/* The message itself, not only a colour: read by screen readers, shown on hover. */}
      <span className="import-cell-message" data-testid={`import-cell-${isError ? 'error' : 'warning'}-${row}-${field}`}>
        {' '}
        ({isError ? t('import.wizard.preview.cellError', { message: messages }) : t('import.wizard.preview.cellWarning', { message: messages })})
      </span>
    </span>
  );
}
