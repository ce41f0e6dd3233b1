import { useState } from 'react';
import { App, Card, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';

/** 显示: how lists show personal data (settings.maskPhones); saved as soon as it is switched. */
export function DisplaySettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings, update } = useSettings();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const setMasked = async (maskPhones: boolean) => {
    setError(null);
    setSaving(true);
    try {
      await update({ maskPhones });
      void message.success(t('common.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={<h2 className="section-heading">{t('settings.display.title')}</h2>} style={{ marginBottom: 16 }}>
      {error ? <ErrorAlert error={error} /> : null}
      <Flex gap={12} align="center">
        <Switch
          id="mask-phones"
          checked={settings.maskPhones}
          loading={saving}
          onChange={(checked) => void setMasked(checked)}
          data-testid="mask-phones"
        />
        <label htmlFor="mask-phones">{t('settings.display.maskPhones')}</label>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('settings.display.maskPhonesHint')}
      </Typography.Paragraph>
    </Card>
  );
}
