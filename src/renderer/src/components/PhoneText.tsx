import { useEffect, useRef, useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { phoneText, phoneToCopy } from '@shared/domain/rules/phoneDisplay';
import { useSettings } from '../app/SettingsContext';
import { copyText } from './copyText';

/** Resting the pointer this long on a masked number shows it until the pointer leaves. */
const HOLD_MS = 600;

/**
 * A phone number wherever one is shown (contacts, staff): masked when settings.maskPhones is on
 * (the default, for screens others may see), revealed by a click (again to hide) or by
 * resting the pointer on it, and copied whole with one click. The same rule masks it
 * everywhere (shared/domain/rules/phoneDisplay.ts).
 */
export function PhoneText({ value, testId = 'phone-text' }: { value: string | null; testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings } = useSettings();
  const [pinned, setPinned] = useState(false);
  const [peeking, setPeeking] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (!value) return <span data-testid={testId}>{t('common.none')}</span>;
  const maskable = settings.maskPhones;
  const shown = phoneText(value, maskable && !pinned && !peeking);

  const copy = async () => {
    if (await copyText(phoneToCopy(value))) void message.success(t('contacts.phone.copied'));
    else void message.error(t('contacts.phone.copyFailed'));
  };

  return (
    <span data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
      {maskable ? (
        <Tooltip title={pinned ? t('contacts.phone.hide') : t('contacts.phone.reveal')} mouseEnterDelay={0.3}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', fontVariantNumeric: 'tabular-nums' }}
            aria-pressed={pinned}
            aria-label={`${shown}，${pinned ? t('contacts.phone.hide') : t('contacts.phone.reveal')}`}
            data-testid="phone-value"
            onClick={() => {
              window.clearTimeout(timer.current);
              setPeeking(false);
              setPinned((p) => !p);
            }}
            onPointerEnter={() => {
              window.clearTimeout(timer.current);
              timer.current = window.setTimeout(() => setPeeking(true), HOLD_MS);
            }}
            onPointerLeave={() => {
              window.clearTimeout(timer.current);
              setPeeking(false);
            }}
          >
            {shown}
          </Button>
        </Tooltip>
      ) : (
        <span data-testid="phone-value" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {shown}
        </span>
      )}
      <Tooltip title={t('contacts.phone.copy')}>
        <Button
          type="text"
          size="small"
          icon={<CopyOutlined aria-hidden />}
          aria-label={t('contacts.phone.copy')}
          data-testid="phone-copy"
          onClick={() => void copy()}
        />
      </Tooltip>
    </span>
  );
}
