import { useRef } from 'react';
import { Button, Card, Flex, Input, Space, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { ArrowUpOutlined, BoldOutlined, DeleteOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentClause } from '@shared/domain/document';
import { markBold, markNumbered } from './markupEdits';

/** One clause: heading, and body text in the clause markup with a small toolbar. */
function ClauseCard(props: {
  index: number;
  clause: DocumentClause;
  count: number;
  idPrefix: string;
  onChange: (c: DocumentClause) => void;
  onRemove: () => void;
  onMoveUp: () => void;
}) {
  const { t } = useTranslation();
  const { index, clause, idPrefix } = props;
  const n = index + 1;
  const area = useRef<TextAreaRef>(null);

  const apply = (edit: typeof markBold) => {
    const el = area.current?.resizableTextArea?.textArea;
    const start = el?.selectionStart ?? clause.body.length;
    const end = el?.selectionEnd ?? clause.body.length;
    props.onChange({ ...clause, body: edit(clause.body, start, end) });
  };

  const headingId = `${idPrefix}-heading-${index}`;
  const bodyId = `${idPrefix}-body-${index}`;
  return (
    <Card size="small" data-testid={`clause-${index}`}>
      <Flex vertical gap={6}>
        <label htmlFor={headingId}>{t('documents.editor.heading', { n })}</label>
        <Input id={headingId} data-testid={`clause-heading-${index}`} maxLength={200} value={clause.heading} onChange={(e) => props.onChange({ ...clause, heading: e.target.value })} />
        <Flex justify="space-between" align="end" wrap gap={6}>
          <label htmlFor={bodyId}>{t('documents.editor.body', { n })}</label>
          <Space size={4} wrap>
            <Button size="small" icon={<BoldOutlined />} aria-label={t('documents.editor.bold')} title={t('documents.editor.bold')} onClick={() => apply(markBold)} />
            <Button size="small" icon={<OrderedListOutlined />} aria-label={t('documents.editor.numbered')} title={t('documents.editor.numbered')} onClick={() => apply(markNumbered)} />
            <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('documents.editor.moveUp', { n })} onClick={props.onMoveUp} />
            <Button size="small" danger icon={<DeleteOutlined />} disabled={props.count <= 1} aria-label={t('documents.editor.remove', { n })} onClick={props.onRemove} />
          </Space>
        </Flex>
        <Input.TextArea
          id={bodyId}
          ref={area}
          data-testid={`clause-body-${index}`}
          autoSize={{ minRows: 3, maxRows: 16 }}
          maxLength={20_000}
          value={clause.body}
          onChange={(e) => props.onChange({ ...clause, body: e.target.value })}
        />
      </Flex>
    </Card>
  );
}

/** Edits a list of clauses (at least one). Pure: the caller owns the value and saving. */
export function ClauseListEditor({ value, onChange, idPrefix }: { value: DocumentClause[]; onChange: (v: DocumentClause[]) => void; idPrefix: string }) {
  const { t } = useTranslation();
  const replace = (i: number, c: DocumentClause) => onChange(value.map((x, j) => (j === i ? c : x)));
  const moveUp = (i: number) => {
    if (i === 0) return;
    const next = [...value];
    [next[i - 1], next[i]] = [next[i] as DocumentClause, next[i - 1] as DocumentClause];
    onChange(next);
  };
  return (
    <Flex vertical gap={8} data-testid="clause-editor">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('documents.editor.help')}
      </Typography.Paragraph>
      {value.map((c, i) => (
        <ClauseCard
          key={i}
          index={i}
          count={value.length}
          clause={c}
          idPrefix={idPrefix}
          onChange={(next) => replace(i, next)}
          onRemove={() => onChange(value.filter((_, j) => j !== i))}
          onMoveUp={() => moveUp(i)}
        />
      ))}
      <Button icon={<PlusOutlined />} data-testid="clause-add" onClick={() => onChange([...value, { heading: '', body: '' }])} style={{ alignSelf: 'start' }}>
        {t('documents.editor.add')}
      </Button>
    </Flex>
  );
}
