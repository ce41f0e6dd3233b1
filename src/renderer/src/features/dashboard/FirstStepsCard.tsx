import { Card, Flex, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FirstStep } from './firstSteps';

/** 首次使用步骤: numbered steps, each with links to its screens; a done step shows a tick. */
export function FirstStepsCard({ steps }: { steps: readonly FirstStep[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 className="dashboard-card-title">{t('onboarding.firstSteps.title')}</h2>} data-testid="first-steps" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('onboarding.firstSteps.intro')}
      </Typography.Paragraph>
      <ol className="first-steps">
        {steps.map((step, i) => (
          <li key={step.key} data-testid={`first-step-${step.key}`} data-done={step.done === true ? 'true' : 'false'} className="first-step">
            {step.done ? (
              <CheckCircleFilled className="first-step-mark first-step-done" role="img" aria-label={t('onboarding.firstSteps.done')} />
            ) : (
              <span className="first-step-mark first-step-number" aria-hidden>
                {i + 1}
              </span>
            )}
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text strong>
                {t(`onboarding.firstSteps.${step.key}.title`)}
                {step.done === false ? <span className="first-step-sr">（{t('onboarding.firstSteps.todo')}）</span> : null}
              </Typography.Text>
              <Typography.Text type="secondary">{t(`onboarding.firstSteps.${step.key}.text`)}</Typography.Text>
              <Flex gap={16} wrap>
                {step.links.map((l) => (
                  <Link key={l.to} to={l.to} data-testid={l.testId}>
                    {t(l.label)}
                  </Link>
                ))}
              </Flex>
            </Flex>
          </li>
        ))}
      </ol>
    </Card>
  );
}
