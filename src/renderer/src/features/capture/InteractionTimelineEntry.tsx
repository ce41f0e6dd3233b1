import type { ReactNode } from 'react';
import { Button, Collapse, Descriptions, Flex, Space, Typography } from 'antd';
import {
  CalendarOutlined,
  CheckOutlined,
  CommentOutlined,
  PhoneOutlined,
  ShopOutlined,
  TeamOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InteractionEntry } from '@shared/domain/capture';
import type { INTERACTION_KINDS } from '@shared/domain/enums';
import { fenToYuanString } from '@shared/format/money';
import { RowActions } from '../../components/RowActions';
import { useEnumLabel } from '../../components/useEnumLabel';
import { FollowUpStateTag } from './FollowUpStateTag';

const KIND_ICON: Record<(typeof INTERACTION_KINDS)[number], ReactNode> = {
  visit: <CalendarOutlined aria-hidden />,
  trade_fair: <ShopOutlined aria-hidden />,
  call: <PhoneOutlined aria-hidden />,
  meeting: <TeamOutlined aria-hidden />,
  other: <CommentOutlined aria-hidden />,
};

// The 访企拓岗 fields in report R4's order; empty ones are left out.
const VISIT_FIELDS = [
  'hostName',
  'hostTitle',
  'outcomeForm',
  'demandMajorCode',
  'demandMajorName',
  'positionsOffered',
  'averageSalaryFen',
  'internMajors',
  'internCount',
  'internPayFen',
  'employMajors',
  'employCount',
  'startingSalaryFen',
  'otherIntents',
] as const;

const MONEY_LABEL: Partial<Record<(typeof VISIT_FIELDS)[number], string>> = {
  averageSalaryFen: 'averageSalaryYuan',
  internPayFen: 'internPayYuan',
  startingSalaryFen: 'startingSalaryYuan',
};

interface EntryProps {
  entry: InteractionEntry;
  /** Opens the entry's history; gets the entry's name (date and kind) for the title. */
  onHistory: (title: string) => void;
  onEdit: () => void;
  onDelete: () => void;
  onFollowUpDone: (done: boolean) => void;
}

/** One interaction on the partner's timeline. */
export function InteractionTimelineEntry({ entry, onHistory, onEdit, onDelete, onFollowUpDone }: EntryProps) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const label = (field: (typeof VISIT_FIELDS)[number]): string => {
    const money = MONEY_LABEL[field];
    if (money) return t(`capture.interaction.fields.${money}`);
    // The host's name and title already have labels on the basic interaction form.
    if (field === 'hostName' || field === 'hostTitle') return t(`interactions.fields.${field}`);
    return t(`capture.interaction.fields.${field}`);
  };
  const details = VISIT_FIELDS.flatMap((field) => {
    const value = entry[field];
    if (value === null) return [];
    const text = typeof value === 'number' && field in MONEY_LABEL ? fenToYuanString(value) : String(value);
    return [{ key: field, label: label(field), children: text }];
  });
  const open = entry.followUpState !== 'done' && entry.followUpState !== 'none';
  const name = `${entry.date} ${enumLabel('interactionKind', entry.kind)}`;

  return (
    <article data-testid={`interaction-${entry.id}`} className="interaction-entry" aria-label={name}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Space size={8} wrap>
          <span aria-hidden>{KIND_ICON[entry.kind]}</span>
          <Typography.Text strong>{entry.date}</Typography.Text>
          <span data-testid="interaction-kind">{enumLabel('interactionKind', entry.kind)}</span>
          <Typography.Text type="secondary" data-testid="interaction-staff">
            {t('capture.interaction.fields.staffId')}: {entry.staffName ?? t('capture.timeline.staffUnknown')}
          </Typography.Text>
        </Space>
        <Space size={4} wrap>
          {entry.followUpDate ? (
            <>
              <span data-testid="interaction-follow-up">{t('capture.timeline.followUp', { date: entry.followUpDate })}</span>
              <FollowUpStateTag state={entry.followUpState} />
              <Button
                size="small"
                icon={open ? <CheckOutlined aria-hidden /> : <UndoOutlined aria-hidden />}
                data-testid={open ? 'mark-follow-up-done' : 'reopen-follow-up'}
                onClick={() => onFollowUpDone(open)}
              >
                {open ? t('capture.timeline.markDone') : t('capture.timeline.reopen')}
              </Button>
            </>
          ) : null}
          <RowActions
            name={name}
            testIds={{ history: 'history-interaction', edit: 'edit-interaction', delete: 'delete-interaction', confirmDelete: 'confirm-delete-interaction' }}
            icons
            onHistory={() => onHistory(name)}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </Space>
      </Flex>
      {entry.summary || entry.eventName ? (
        <Typography.Paragraph data-testid="interaction-summary" style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>
          {[entry.eventName, entry.summary].filter(Boolean).join(' · ')}
        </Typography.Paragraph>
      ) : null}
      {details.length > 0 ? (
        <Collapse
          size="small"
          ghost
          data-testid="interaction-details"
          items={[{ key: 'visit', label: t('capture.timeline.details'), children: <Descriptions size="small" column={2} items={details} /> }]}
        />
      ) : null}
    </article>
  );
}
