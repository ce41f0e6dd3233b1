import { type ReactNode, useState } from 'react';
import { App, Button, Card, Descriptions, Form, Radio, Spin, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/domain/enums';
import { useChannel } from '../../api/useChannel';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useFormDirty, useLeaveGuard } from '../../components/useUnsavedGuard';
import { HistoryPanel } from '../history/HistoryPanel';
import { CollegeProfileFields, useCollegeProfileForm } from './CollegeProfileFields';
import type { CollegeValues } from './collegeProfileModel';
import { DisplaySettingsCard } from './DisplaySettingsCard';
import { MajorsTab, OrgUnitsTab, StaffTab } from './MasterDataTabs';
import { ReminderLeadDaysCard } from './ReminderLeadDaysCard';

const TABS = ['college', 'units', 'majors', 'staff', 'reminders', 'general'] as const;
type SettingsTab = (typeof TABS)[number];


/** Settings in tabs; the tab is in the URL (?tab=units) so it survives reloads and links. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('tab');
  const tab: SettingsTab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as SettingsTab) : 'college';
  const content: Record<SettingsTab, ReactNode> = {
    college: (
      <>
        <CollegeCard />
        <Card title={<h2 className="section-heading">{t('admin.common.history')}</h2>}>
          {/* Remounted when the profile changes, so a save shows up in the history at once. */}
          <HistoryPanel key={JSON.stringify(settings.college)} tableName="app_setting" rowId="college" />
        </Card>
      </>
    ),
    units: <OrgUnitsTab />,
    majors: <MajorsTab />,
    staff: <StaffTab />,
    reminders: <ReminderLeadDaysCard />,
    general: (
      <>
        <LanguageCard />
        <DisplaySettingsCard />
        <DataFolderCard />
      </>
    ),
  };
  return (
    <>
      <PageHeading title={t('settings.title')} />
      <Tabs
        data-testid="settings-tabs"
        activeKey={tab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, label: <span data-testid={`settings-tab-${key}`}>{t(`admin.settings.tabs.${key}`)}</span>, children: content[key] }))}
      />
    </>
  );
}

function LanguageCard() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [error, setError] = useState<unknown>(null);
  return (
    <Card title={<h2 className="section-heading">{t('settings.language')}</h2>} style={{ marginBottom: 16 }}>
      {error ? <ErrorAlert error={error} /> : null}
      <Radio.Group
        aria-label={t('settings.language')}
        value={settings.language}
        onChange={(e) => {
          setError(null);
          update({ language: e.target.value as Language }).catch(setError);
        }}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: <span lang={language}>{t(`enums.language.${language}`)}</span>,
        }))}
        data-testid="settings-language"
      />
    </Card>
  );
}

function CollegeCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings, update } = useSettings();
  const { form, onValuesChange, validate, placeSaveError } = useCollegeProfileForm();
  // Saved values come back as settings.college, so after a save the form is clean again.
  useLeaveGuard(useFormDirty(form, settings.college));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setError(null);
    const profile = validate();
    if (!profile) return;
    setSaving(true);
    try {
      await update({ college: profile });
      void message.success(t('common.saved'));
    } catch (e) {
      setError(placeSaveError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={<h2 className="section-heading">{t('settings.college.title')}</h2>}
      extra={t('settings.college.hint')}
      style={{ marginBottom: 16 }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form<CollegeValues>
        form={form}
        name="college"
        layout="vertical"
        initialValues={settings.college}
        onValuesChange={onValuesChange}
        onFinish={() => void save()}
        style={{ maxWidth: 640 }}
        data-testid="college-form"
      >
        <CollegeProfileFields form={form} />
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-college">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function DataFolderCard() {
  const { t } = useTranslation();
  const { data, error, reload } = useChannel('app:info', {});
  return (
    <Card title={<h2 className="section-heading">{t('settings.dataFolder.title')}</h2>}>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Typography.Paragraph data-testid="backup-hint">{t('admin.settings.backupHint')}</Typography.Paragraph>
      {data ? (
        <Descriptions
          column={1}
          data-testid="app-info"
          items={[
            { key: 'dataDir', label: t('settings.dataFolder.dataDir'), children: <code>{data.dataDir}</code> },
            { key: 'dbFile', label: t('settings.dataFolder.dbFile'), children: <code>{data.dbFile}</code> },
            { key: 'version', label: t('settings.dataFolder.version'), children: data.version },
            { key: 'schemaVersion', label: t('settings.dataFolder.schemaVersion'), children: data.schemaVersion },
          ]}
        />
      ) : error ? null : (
        <Spin />
      )}
    </Card>
  );
}
