import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/enums';
import { call } from '../../api/client';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CollegeProfileFields, useCollegeProfileForm } from '../settings/CollegeProfileFields';
import { type CollegeValues, hasCollegeInput, overSample } from '../settings/collegeProfileModel';

// First start: pick a language (while none is stored), then see what PartnerDesk does, give the
// 学校信息 agreement documents need (all optional) and start with sample data or an empty
// register. Each step is saved at once, so quitting half-way resumes at the same step.

const LANGUAGE_CHOICES: readonly { language: Language; label: string; testId: string }[] = [
  { language: 'zh-CN', label: '中文', testId: 'onboarding-language-zh' },
  { language: 'en-US', label: 'English', testId: 'onboarding-language-en' },
];

const DOES = ['partners', 'agreements', 'programmes', 'reports'] as const;

export function OnboardingPage() {
  const { settings } = useSettings();
  const choosing = settings.language === null;
  return (
    <main className="app-centered">
      {/* The start step is wider: the college fields sit in a grid so the page fits 1366×768. */}
      <div className="onboarding" style={choosing ? undefined : { width: 'min(880px, 100%)' }}>
        {choosing ? <LanguageStep /> : <StartStep />}
      </div>
    </main>
  );
}

function LanguageStep() {
  const { t } = useTranslation();
  const { update } = useSettings();
  const [busy, setBusy] = useState<Language | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = async (language: Language) => {
    setBusy(language);
    setError(null);
    try {
      await update({ language });
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };

  return (
    <Card>
      {/* Both languages on purpose: the user has not told us which one they read. */}
      <h1 className="section-heading">{t('onboarding.languageTitle')}</h1>
      {LANGUAGE_CHOICES.map((choice) => (
        <Typography.Paragraph key={choice.language} lang={choice.language} data-testid={`onboarding-about-${choice.language}`}>
          {t('onboarding.about', { lng: choice.language })}
        </Typography.Paragraph>
      ))}
      {error ? <ErrorAlert error={error} /> : null}
      <Flex gap={16} wrap>
        {LANGUAGE_CHOICES.map((choice) => (
          <Button
            key={choice.language}
            size="large"
            lang={choice.language}
            data-testid={choice.testId}
            loading={busy === choice.language}
            disabled={busy !== null}
            onClick={() => void choose(choice.language)}
          >
            {choice.label}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}

function StartStep() {
  const { t } = useTranslation();
  const { update } = useSettings();
  const { form, onValuesChange, validate, placeSaveError } = useCollegeProfileForm();
  const [busy, setBusy] = useState<'sample' | 'empty' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);

  // The college profile is checked before anything is written, and saved in the same
  // settings:update that ends onboarding: a refused profile leaves everything as it was.
  const start = async (mode: 'sample' | 'empty') => {
    setError(null);
    setInvalid(false);
    const typed = hasCollegeInput(form.getFieldsValue(true) as CollegeValues);
    const profile = typed ? validate() : null;
    if (typed && !profile) {
      setInvalid(true);
      return;
    }
    setBusy(mode);
    try {
      let college = profile;
      if (mode === 'sample') {
        await call('sample:seed', { mode: 'sample' });
        // The sample brings its own college; what the user typed wins over it.
        if (profile) college = overSample((await call('settings:get', {})).college, profile);
      }
      await update({ ...(college ? { college } : {}), onboarded: true });
    } catch (e) {
      const unplaced = placeSaveError(e);
      if (unplaced) setError(unplaced);
      else setInvalid(true);
      setBusy(null);
    }
  };

  if (busy === 'sample' && !error) {
    return (
      <Card>
        <Flex vertical align="center" gap={16} role="status">
          <Spin size="large" />
          <Typography.Text>{t('onboarding.seeding')}</Typography.Text>
        </Flex>
      </Card>
    );
  }

  return (
    <Card>
      <h1 className="section-heading">{t('onboarding.welcomeTitle')}</h1>
      <ul className="onboarding-does" data-testid="onboarding-does" style={{ margin: '0 0 16px', paddingInlineStart: 20 }}>
        {DOES.map((key) => (
          <li key={key}>{t(`onboarding.does.${key}`)}</li>
        ))}
      </ul>
      <h2 className="section-heading" style={{ marginBottom: 4 }}>
        {t('onboarding.collegeTitle')}
      </h2>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="onboarding-college-hint">
        {t('onboarding.collegeHint')}
      </Typography.Paragraph>
      <Form<CollegeValues> form={form} name="onboarding-college" layout="vertical" onValuesChange={onValuesChange} data-testid="onboarding-college">
        <CollegeProfileFields form={form} grid />
      </Form>
      {invalid ? (
        <Alert type="error" showIcon role="alert" title={t('onboarding.collegeInvalid')} data-testid="onboarding-college-invalid" style={{ marginBottom: 12 }} />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Flex gap={16} wrap>
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 220 }}>
          <Button type="primary" size="large" data-testid="onboarding-sample" disabled={busy !== null} onClick={() => void start('sample')}>
            {t('onboarding.sample')}
          </Button>
          <Typography.Text type="secondary">{t('onboarding.sampleHint')}</Typography.Text>
        </Flex>
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 220 }}>
          <Button
            size="large"
            data-testid="onboarding-empty"
            loading={busy === 'empty'}
            disabled={busy !== null}
            onClick={() => void start('empty')}
          >
            {t('onboarding.empty')}
          </Button>
          <Typography.Text type="secondary">{t('onboarding.emptyHint')}</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
