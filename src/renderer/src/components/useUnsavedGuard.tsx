import { useCallback, useEffect, useRef } from 'react';
import { App, type FormInstance, type ModalFuncProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router-dom';
import { isFormDirty } from './formDirty';
import { testId } from './formIssues';

// The unsaved-changes guard, one building block for every form: pages ask before the router
// leaves them (menu, links, back, global search), dialogs ask before Cancel / Esc / × closes
// them. The window itself is not guarded: in Electron a beforeunload veto silently keeps
// the window open with no question asked, which is worse than closing.

/**
 * A function telling whether `form` differs from `initialValues` (what the Form was given).
 * It reads the values when called, so it is cheap to pass around and never stale.
 */
export function useFormDirty(form: FormInstance, initialValues: object | undefined): () => boolean {
  const initial = useRef(initialValues);
  useEffect(() => {
    initial.current = initialValues;
  });
  return useCallback(() => isFormDirty(initial.current, form.getFieldsValue(true) as object), [form]);
}

function confirmProps(t: TFunction, onLeave: () => void, onStay?: () => void): ModalFuncProps {
  return {
    title: t('forms.unsaved.title'),
    content: t('forms.unsaved.text'),
    okText: t('forms.unsaved.leave'),
    cancelText: t('forms.unsaved.stay'),
    okButtonProps: { danger: true, ...testId('unsaved-leave') },
    cancelButtonProps: testId('unsaved-stay'),
    autoFocusButton: 'cancel',
    onOk: onLeave,
    ...(onStay ? { onCancel: onStay } : {}),
  };
}

/**
 * Page forms: navigating to another page while `isDirty()` asks first. Call `release()` just
 * before navigating away after a successful save, so the save's own navigation is not asked about.
 */
export function useLeaveGuard(isDirty: () => boolean): { release: () => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const released = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) => !released.current && currentLocation.pathname !== nextLocation.pathname && isDirty(),
      [isDirty],
    ),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm(confirmProps(t, () => blocker.proceed(), () => blocker.reset()));
    return () => dialog.destroy();
  }, [blocker, modal, t]);
  return {
    release: useCallback(() => {
      released.current = true;
    }, []),
  };
}

/** Dialog forms: the returned close asks first when `isDirty()`, else closes at once. */
export function useCloseGuard(isDirty: (() => boolean) | undefined, onClose: () => void): () => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(() => {
    if (isDirty?.()) modal.confirm(confirmProps(t, onClose));
    else onClose();
  }, [isDirty, modal, onClose, t]);
}
