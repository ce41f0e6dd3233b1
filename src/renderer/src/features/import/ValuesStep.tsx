import { Alert, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis, ImportUnknownValue, ValueMapping } from '@shared/domain/importing';
import { translator } from '../../i18n';
import { fieldLabel, STEP_TABLE_HEIGHT } from './importWizardModel';
import { SaveMappingForm } from './SaveMappingForm';
import { ValueChoiceSelect } from './ValueChoiceSelect';
import { choiceSourceOf, groupUnknownValues, openCount, rowsText, shownChoice } from './valueMappingModel';

type Item = ImportUnknownValue & { span: number; at: number };

/**
 * Step 4 (only when the file has values the core did not understand): every such value once
 * per column with its row count, the closest choice preselected, and a picker of the allowed
 * choices or "leave blank, keep the text in notes". Each change analyses the file again.
 */
export function ValuesStep({
  analysis,
  busy,
  userValues,
  onChoose,
}: {
  analysis: ImportAnalysis;
  busy: boolean;
  userValues: ValueMapping | undefined;
  onChoose: (field: string, key: string, code: string | null) => void;
}) {
  const { t } = useTranslation();
  const items: Item[] = groupUnknownValues(analysis.unknownValues).flatMap((g) => g.items.map((u, i) => ({ ...u, span: i === 0 ? g.items.length : 0, at: 0 })));
  items.forEach((u, i) => (u.at = i));
  const open = openCount(analysis.unknownValues);

  const columns = [
    {
      key: 'column',
      title: t('import.wizard.map.column'),
      width: 200,
      onCell: (u: Item) => ({ rowSpan: u.span }),
      render: (_: unknown, u: Item) => t('import.wizard.values.column', { column: u.column, field: fieldLabel(translator, analysis.entity, u.field) }),
    },
    {
      key: 'text',
      title: t('import.wizard.values.value'),
      ellipsis: true,
      render: (_: unknown, u: Item) => <span data-testid={`import-value-text-${u.at}`}>{u.text}</span>,
    },
    {
      key: 'count',
      title: t('import.wizard.values.count'),
      width: 80,
      render: (_: unknown, u: Item) => (
        <Tooltip title={rowsText(translator, u)}>
          <span tabIndex={0} className="import-value-count" data-testid={`import-value-count-${u.at}`} aria-label={rowsText(translator, u)}>
            {u.count}
          </span>
        </Tooltip>
      ),
    },
    {
      key: 'choice',
      title: t('import.wizard.values.choice'),
      width: 420,
      render: (_: unknown, u: Item) => {
        const source = choiceSourceOf(analysis, u.field);
        const byUser = userValues?.[u.field]?.[u.key] !== undefined;
        const shown = shownChoice(u);
        const mark = u.suggestion !== null && shown === u.suggestion ? 'suggested' : u.decided && !byUser ? 'saved' : null;
        return (
          <span className="import-value-choice">
            {source ? (
              <ValueChoiceSelect
                source={source}
                text={u.text}
                value={shown}
                suggestion={u.suggestion}
                ariaLabel={t('import.wizard.values.choiceFor', { value: u.text })}
                testId={`import-value-choice-${u.at}`}
                disabled={busy}
                onChange={(code) => onChoose(u.field, u.key, code)}
              />
            ) : null}
            {mark ? <Tag>{t(`import.wizard.values.${mark}`)}</Tag> : null}
          </span>
        );
      },
    },
  ];

  return (
    <div data-testid="import-step-values">
      <p>{t('import.wizard.values.intro')}</p>
      {open > 0 ? (
        <Alert type="warning" showIcon data-testid="import-values-open" title={t('import.wizard.values.open', { count: open })} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Item>
        data-testid="import-values"
        rowKey={(u) => `${u.field}\u0000${u.column}\u0000${u.key}`}
        size="small"
        bordered
        pagination={false}
        dataSource={items}
        onRow={(u) => ({ 'data-testid': 'import-value-row', 'data-field': u.field, 'data-text': u.text, 'data-at': String(u.at) }) as Record<string, string>}
        columns={columns}
        scroll={{ y: STEP_TABLE_HEIGHT }}
        style={{ marginBottom: 16 }}
      />
      <SaveMappingForm analysis={analysis} busy={busy} />
    </div>
  );
}
