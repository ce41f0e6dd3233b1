import { useState } from 'react';
import { Button, Form, Modal, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReminderItem } from '@shared/domain/reminders';
import { addDays } from '@shared/format/dates';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';

/** What an action recorded: the row whose audit history proves it, and the message to show. */
export interface ReminderOutcome {
  message: string;
  audit: { tableName: 'reminder' | 'interaction'; rowId: string };
}

const refOf = (item: ReminderItem) => ({ kind: item.kind, entityId: item.entityId, dueDate: item.dueDate, leadDays: item.leadDays });

/** Dismiss (confirmed), snooze (date picker) and, for follow-ups, mark done (confirmed). */
export function ReminderActions({
  item,
  today,
  onDone,
  onError,
}: {
  item: ReminderItem;
  today: string;
  onDone: (outcome: ReminderOutcome) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState<string | null>(null);
  const inputId = `snooze-until-${item.key.replace(/[^A-Za-z0-9-]/g, '-')}`;

  const run = async (action: () => Promise<ReminderOutcome>) => {
    setBusy(true);
    try {
      onDone(await action());
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const dismiss = () =>
    run(async () => {
      const state = await call('reminders:dismiss', refOf(item));
      return { message: t('reminders.result.dismissed', { title: item.title }), audit: { tableName: 'reminder', rowId: state.id } };
    });

  const snooze = (date: string) =>
    run(async () => {
      const state = await call('reminders:snooze', { ...refOf(item), until: date });
      setSnoozing(false);
      return { message: t('reminders.result.snoozed', { title: item.title, date }), audit: { tableName: 'reminder', rowId: state.id } };
    });

  const followUpDone = () =>
    run(async () => {
      const r = await call('reminders:followUpDone', { interactionId: item.entityId });
      return {
        message: t('reminders.result.followUpDone', { title: item.title, date: r.followUpDoneAt }),
        audit: { tableName: 'interaction', rowId: r.interactionId },
      };
    });

  return (
    <Space wrap>
      {item.kind === 'followup' ? (
        <Popconfirm
          title={t('reminders.confirm.followUpTitle')}
          description={t('reminders.confirm.followUpText', { title: item.title })}
          okText={t('reminders.confirm.ok')}
        okButtonProps={{ 'data-testid': 'reminder-confirm-ok' }}
          cancelText={t('common.cancel')}
          onConfirm={() => followUpDone()}
        >
          <Button size="small" type="primary" loading={busy} data-testid="reminder-followup-done">
            {t('reminders.actions.followUpDone')}
          </Button>
        </Popconfirm>
      ) : null}
      <Button
        size="small"
        data-testid="reminder-snooze"
        disabled={busy}
        onClick={() => {
          setUntil(addDays(today, 7));
          setSnoozing(true);
        }}
      >
        {t('reminders.actions.snooze')}
      </Button>
      <Popconfirm
        title={t('reminders.confirm.dismissTitle')}
        description={t('reminders.confirm.dismissText', { title: item.title })}
        okText={t('reminders.confirm.ok')}
        okButtonProps={{ 'data-testid': 'reminder-confirm-ok' }}
        cancelText={t('common.cancel')}
        onConfirm={() => dismiss()}
      >
        <Button size="small" danger loading={busy} data-testid="reminder-dismiss">
          {t('reminders.actions.dismiss')}
        </Button>
      </Popconfirm>
      <Modal
        open={snoozing}
        title={t('reminders.confirm.snoozeTitle')}
        okText={t('reminders.actions.snooze')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: until === null, loading: busy, 'data-testid': 'reminder-snooze-ok' }}
        onOk={() => {
          if (until) void snooze(until);
        }}
        onCancel={() => setSnoozing(false)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('reminders.confirm.snoozeUntil')} htmlFor={inputId}>
            <DateField
              id={inputId}
              data-testid="reminder-snooze-date"
              value={until}
              onChange={setUntil}
              disabledDate={(d) => d.format('YYYY-MM-DD') <= today}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
