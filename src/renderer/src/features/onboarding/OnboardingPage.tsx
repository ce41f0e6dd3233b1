import { useState } from 'react';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/enums';
import { call } from '../../api/client';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';

// First start: pick a language (while none is stored), then sample data or an empty
// register. Each step is saved at once, so quitting half-way resumes at the same step.

const LANGUAGE_CHOICES: readonly { language: Language; label: string; testId: string }[] = [
  { language: 'zh-CN', label: '中文', testId: 'onboarding-language-zh' },
  { language: 'en-US', label: 'English', testId: 'onboarding-language-en' },
];

export function OnboardingPage() {
  const { settings } = useSettings();
  return (
    <main className="app-centered">
      <div className="onboarding">{settings.language === null ? <LanguageStep /> : <StartStep />}</div>
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
  const [busy, setBusy] = useState<'sample' | 'empty' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async (mode: 'sample' | 'empty') => {
    setBusy(mode);
    setError(null);
    try {
      if (mode === 'sample') await call('sample:seed', { mode: 'sample' });
      await update({ onboarded: true });
    } catch (e) {
      setError(e);
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
      <Typography.Paragraph>{t('onboarding.welcomeText')}</Typography.Paragraph>
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
