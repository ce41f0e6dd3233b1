import { useEffect, useState } from 'react';
import { Button } from 'antd';
import { ScheduleOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QuickCaptureModal } from './QuickCaptureModal';

/** Ctrl+N (⌘N on macOS) from anywhere in the app; Shift or Alt variants are left alone. */
export function isQuickCaptureShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'n';
}

/** Trade-fair quick capture (Ctrl+N): mounted in the header. */
export function QuickCaptureLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isQuickCaptureShortcut(e)) return;
      // Otherwise the browser (or Electron's default menu) would open a new window.
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      {/* The follow-ups page has no sidebar entry (the reminders view owns that slot). */}
      <Link to="/followups" data-testid="nav-followups" style={{ whiteSpace: 'nowrap' }}>
        <ScheduleOutlined aria-hidden /> {t('capture.followUps.title')}
      </Link>
      <Button
        icon={<ThunderboltOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="quick-capture"
        aria-keyshortcuts="Control+N"
        title={t('capture.launcher.shortcut')}
      >
        {t('capture.launcher.button')}
      </Button>
      {open ? <QuickCaptureModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}
