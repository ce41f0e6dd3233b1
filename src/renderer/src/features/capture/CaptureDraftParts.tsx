import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown on opening when an unsaved capture was kept: take it back or drop it. */
export function DraftOffer({ label, onRestore, onDiscard }: { label: string; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      data-testid="capture-draft-offer"
      style={{ marginBottom: 12 }}
      title={t('capture.draft.offer', { label })}
      action={
        <Flex gap={8}>
          <Button size="small" type="primary" onClick={onRestore} data-testid="capture-draft-restore">
            {t('capture.draft.restore')}
          </Button>
          <Button size="small" onClick={onDiscard} data-testid="capture-draft-discard">
            {t('capture.draft.discard')}
          </Button>
        </Flex>
      }
    />
  );
}

/**
 * Asked when a half-typed entry is closed (Esc, ×, 关闭). Keeping the draft is the default
 * (focused first), so a reflexive Enter never loses what was typed; Esc goes back to typing.
 */
export function CloseConfirm({ onKeep, onDiscard, onBack }: { onKeep: () => void; onDiscard: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('capture.draft.closeTitle')}
      width={440}
      onCancel={onBack}
      data-testid="capture-close-confirm"
      footer={
        <Flex gap={8} justify="end" wrap>
          <Button onClick={onBack} data-testid="capture-close-back">
            {t('capture.draft.back')}
          </Button>
          <Button danger onClick={onDiscard} data-testid="capture-close-discard">
            {t('capture.draft.discardAndClose')}
          </Button>
          <Button type="primary" autoFocus onClick={onKeep} data-testid="capture-close-keep">
            {t('capture.draft.keepAndClose')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('capture.draft.closeText')}</Typography.Paragraph>
    </Modal>
  );
}
