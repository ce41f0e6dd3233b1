import { useState } from 'react';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Settings } from '@shared/domain/settings';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';

/** "180, 90，30" → [180, 90, 30] when every part is a whole number; null otherwise. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text
    .split(/[,，、\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  const days = parts.map(Number);
  return Settings.shape.reminderLeadDays.safeParse(days).success ? days : null;
}

/** Expiry reminder lead times (settings.reminderLeadDays): up to 5 positive day counts. */
export function ReminderLeadDaysCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings, update } = useSettings();
  const [text, setText] = useState(settings.reminderLeadDays.join(', '));
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setError(null);
    const days = parseLeadDays(text);
    setInvalid(days === null);
    if (days === null) return;
    setSaving(true);
    try {
      const saved = await update({ reminderLeadDays: days });
      setText(saved.reminderLeadDays.join(', '));
      void message.success(t('common.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={<h2 className="section-heading">{t('admin.settings.reminders.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('admin.settings.reminders.hint')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <Form layout="vertical" onFinish={() => void save()} style={{ maxWidth: 400 }} data-testid="lead-days-form">
        <Form.Item
          label={t('admin.settings.reminders.label')}
          htmlFor="lead-days"
          validateStatus={invalid ? 'error' : undefined}
          help={invalid ? t('admin.settings.reminders.invalid') : undefined}
        >
          <Input id="lead-days" value={text} onChange={(e) => setText(e.target.value)} data-testid="lead-days-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-lead-days">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
