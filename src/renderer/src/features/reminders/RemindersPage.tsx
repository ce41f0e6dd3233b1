import { type HTMLAttributes, useState } from 'react';
import { Alert, Checkbox, Flex, Radio, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { REMINDER_VIEW_KINDS, type ReminderItem, type ReminderViewKind } from '@shared/domain/reminders';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { fitTable } from '../../components/EllipsisCell';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { ReminderActions, type ReminderOutcome } from './ReminderActions';
import { whenText } from './reminderText';

function parseKind(raw: string | null): ReminderViewKind | undefined {
  return raw !== null && (REMINDER_VIEW_KINDS as readonly string[]).includes(raw) ? (raw as ReminderViewKind) : undefined;
}

/** The record a reminder is about: the agreement, or the partner of a follow-up. */
function targetOf(item: ReminderItem): string | null {
  if (item.agreementId) return `/agreements/${item.agreementId}`;
  if (item.organisationId) return `/partners/${item.organisationId}`;
  return null;
}

interface ShownOutcome extends ReminderOutcome {
  recorded: string | null;
}

/** Reminders grouped by kind, each with dismiss / snooze (and mark done for follow-ups). */
export function RemindersPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = parseKind(searchParams.get('kind'));
  const [includeSnoozed, setIncludeSnoozed] = useState(false);
  const [outcome, setOutcome] = useState<ShownOutcome | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, error, loading, reload } = useChannel('reminders:list', { ...(kind ? { kind } : {}), includeSnoozed });

  // Show what the action stored, read back from the audit log (who and when).
  const onDone = async (o: ReminderOutcome) => {
    setActionError(null);
    reload();
    let recorded: string | null = null;
    try {
      const [latest] = await call('audit:history', o.audit);
      if (latest) recorded = t('reminders.result.recorded', { actor: latest.actor, time: formatTimestamp(latest.ts) });
    } catch {
      // The action itself succeeded; the history line is only a confirmation.
    }
    setOutcome({ ...o, recorded });
  };

  const columns = (today: string) => [
    {
      key: 'title',
      title: t('reminders.columns.title'),
      width: COLUMN_WIDTH.name + 20,
      ellipsis: true,
      render: (_: unknown, i: ReminderItem) => {
        const to = targetOf(i);
        return to ? <Link to={to}>{i.title}</Link> : i.title;
      },
    },
    { key: 'detail', title: t('reminders.columns.detail'), width: COLUMN_WIDTH.text + 20, ellipsis: true, render: (_: unknown, i: ReminderItem) => i.detail ?? t('common.none') },
    {
      key: 'dueDate',
      title: t('reminders.columns.dueDate'),
      width: COLUMN_WIDTH.date,
      render: (_: unknown, i: ReminderItem) => (i.kind === 'noEndDate' ? t('common.none') : i.dueDate),
    },
    {
      key: 'when',
      title: t('reminders.columns.when'),
      width: COLUMN_WIDTH.text + 20,
      render: (_: unknown, i: ReminderItem) => (
        <Flex gap={4} wrap>
          <span>{whenText(t, i.daysLeft)}</span>
          {i.kind === 'expiring' && i.leadDays ? <Tag>{t('reminders.stage', { days: i.leadDays })}</Tag> : null}
          {i.snoozedUntil && i.snoozedUntil > today ? <Tag>{t('reminders.snoozedUntil', { date: i.snoozedUntil })}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('reminders.columns.actions'),
      // Mark done, Snooze and Dismiss on one line in English too.
      width: COLUMN_WIDTH.actions + 50,
      render: (_: unknown, i: ReminderItem) => (
        <ReminderActions item={i} today={today} onDone={(o) => void onDone(o)} onError={setActionError} />
      ),
    },
  ];

  const kinds = kind ? [kind] : REMINDER_VIEW_KINDS;
  return (
    <>
      <PageHeading title={t('reminders.title')} testId="reminders-title" />
      <Typography.Paragraph type="secondary">{t('reminders.hint')}</Typography.Paragraph>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Radio.Group
          aria-label={t('reminders.title')}
          optionType="button"
          data-testid="reminders-kind-filter"
          value={kind ?? 'all'}
          onChange={(e) => {
            const value = String(e.target.value);
            setSearchParams(value === 'all' ? {} : { kind: value });
          }}
          options={[
            { value: 'all', label: t('reminders.all') },
            ...REMINDER_VIEW_KINDS.map((k) => ({ value: k, label: `${t(`reminders.kinds.${k}`)} (${data?.totals[k] ?? 0})` })),
          ]}
        />
        <Checkbox checked={includeSnoozed} onChange={(e) => setIncludeSnoozed(e.target.checked)} data-testid="reminders-include-snoozed">
          {t('reminders.includeSnoozed')}
        </Checkbox>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {outcome ? (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="reminder-result"
          title={outcome.message}
          description={outcome.recorded}
          closable={{ onClose: () => setOutcome(null), 'aria-label': t('common.cancel') }}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {kinds.map((k) => {
        const items = data?.items.filter((i) => i.kind === k) ?? [];
        return (
          <section key={k} data-testid={`reminders-group-${k}`} style={{ marginBottom: 24 }}>
            <h2 className="reminders-group-title" style={{ fontSize: 16, margin: '0 0 8px' }}>
              {t(`reminders.kinds.${k}`)} · {t('reminders.total', { count: data?.totals[k] ?? 0 })}
            </h2>
            <Table<ReminderItem>
              size="small"
              rowKey="key"
              loading={loading}
              pagination={false}
              // The same widths in every group, so the groups' columns line up.
              {...fitTable<ReminderItem>(columns(data?.today ?? ''))}
              dataSource={items}
              locale={{
                emptyText: loading ? <span /> : <EmptyState compact title={t('reminders.empty')} hint={t(`emptyState.reminders.${k}`)} testId={`reminders-empty-${k}`} />,
              }}
              onRow={(i) => ({ 'data-testid': `reminder-row-${i.kind}-${i.entityId}` }) as HTMLAttributes<HTMLElement>}
            />
          </section>
        );
      })}
    </>
  );
}
