import { useMemo, useState } from 'react';
import type { FormInstance } from 'antd';
import { CAPTURE_DRAFT_KEY, type CaptureDraft, type DraftStore, discardDraft, hasTypedContent, keepDraft, readDraft } from './captureDraft';
import type { CaptureFormValues } from './captureFormModel';
import type { PickedPartner } from './PartnerTypeahead';

/** The window's sessionStorage, or a no-op store where it is unavailable (a locked-down profile). */
export function sessionDraftStore(): DraftStore {
  try {
    const store = window.sessionStorage;
    store.getItem(CAPTURE_DRAFT_KEY);
    return store;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

interface Options {
  form: FormInstance<CaptureFormValues>;
  picked: PickedPartner | null;
  setPicked: (partner: PickedPartner | null) => void;
  followUpDefault: string | undefined;
  onClose: () => void;
  focusPartner: () => void;
}

/**
 * The quick capture's draft life cycle (captureDraft.ts): the draft found on opening is
 * offered until restored or discarded, and while it is offered new typing is not written
 * over it; otherwise every change is kept. Closing a half-typed entry asks first.
 */
export function useCaptureDraft({ form, picked, setPicked, followUpDefault, onClose, focusPartner }: Options) {
  const store = useMemo(sessionDraftStore, []);
  const [offered, setOffered] = useState<CaptureDraft | null>(() => readDraft(store));
  const [confirmingClose, setConfirmingClose] = useState(false);

  const valuesNow = (): CaptureFormValues => form.getFieldsValue(true) as CaptureFormValues;
  const remember = (draft: CaptureDraft) => {
    if (offered === null) keepDraft(store, draft, followUpDefault);
  };

  return {
    offered,
    confirmingClose,
    remember,
    /** Esc, × and 关闭: asks when something was typed, else closes. */
    requestClose() {
      if (confirmingClose) return;
      if (followUpDefault !== undefined && hasTypedContent(valuesNow(), followUpDefault)) setConfirmingClose(true);
      else onClose();
    },
    closeKeeping() {
      remember({ values: valuesNow(), picked });
      onClose();
    },
    closeDiscarding() {
      if (offered === null) discardDraft(store);
      onClose();
    },
    backToForm() {
      setConfirmingClose(false);
    },
    restoreOffered() {
      if (!offered) return;
      form.resetFields();
      form.setFieldsValue({ followUpDate: followUpDefault, ...offered.values });
      setPicked(offered.picked);
      setOffered(null);
      focusPartner();
    },
    discardOffered() {
      discardDraft(store);
      setOffered(null);
      keepDraft(store, { values: valuesNow(), picked }, followUpDefault);
      focusPartner();
    },
    /** After a save: the entry is in the database, so its draft goes. */
    saved() {
      if (offered === null) discardDraft(store);
    },
  };
}
