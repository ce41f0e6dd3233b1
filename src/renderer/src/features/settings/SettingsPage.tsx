import { type ReactNode, useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Radio, Spin, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CollegeProfile } from '@shared/domain/settings';
import { LANGUAGES, type Language } from '@shared/domain/enums';
import { toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { PageHeading } from '../../components/PageHeading';
import { useFormDirty, useLeaveGuard } from '../../components/useUnsavedGuard';
import { HistoryPanel } from '../history/HistoryPanel';
import { DisplaySettingsCard } from './DisplaySettingsCard';
import { MajorsTab, OrgUnitsTab, StaffTab } from './MasterDataTabs';
import { ReminderLeadDaysCard } from './ReminderLeadDaysCard';

const TABS = ['college', 'units', 'majors', 'staff', 'reminders', 'general'] as const;
type SettingsTab = (typeof TABS)[number];

const COLLEGE_FIELDS = ['fullName', 'legalRepresentative', 'address', 'uscc', 'schoolCode', 'contactPerson', 'contactPhone'] as const;
type CollegeValues = Partial<Record<(typeof COLLEGE_FIELDS)[number], string | null>>;

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
  const [form] = Form.useForm<CollegeValues>();
  // Saved values come back as settings.college, so after a save the form is clean again.
  useLeaveGuard(useFormDirty(form, settings.college));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (values: CollegeValues) => {
    setError(null);
    const parsed = CollegeProfile.safeParse(values);
    if (!parsed.success) {
      showIssuesOnForm(form, zodIssues(parsed.error), COLLEGE_FIELDS);
      return;
    }
    setSaving(true);
    try {
      await update({ college: parsed.data });
      void message.success(t('common.saved'));
    } catch (e) {
      const appError = toAppError(e);
      // settings:update reports paths under 'college'.
      const issues = appError.issues.map((i) => ({ ...i, path: i.path[0] === 'college' ? i.path.slice(1) : i.path }));
      const unplaced = appError.code === 'VALIDATION' ? showIssuesOnForm(form, issues, COLLEGE_FIELDS) : [];
      if (appError.code !== 'VALIDATION' || unplaced.length > 0) setError(appError);
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
        onFinish={(values) => void save(values)}
        style={{ maxWidth: 640 }}
        data-testid="college-form"
      >
        {COLLEGE_FIELDS.map((name) => (
          <Form.Item key={name} name={name} label={t(`settings.college.${name}`)}>
            <Input />
          </Form.Item>
        ))}
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
