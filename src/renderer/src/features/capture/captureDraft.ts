import type { CaptureFormValues } from './captureFormModel';
import type { PickedPartner } from './PartnerTypeahead';

// The unsaved quick capture, kept so a closed dialog (Esc, a click elsewhere, a reload)
// loses nothing: it is written on every change and offered again when the dialog reopens.
// It lives in the window's sessionStorage, not in the database or localStorage: it holds
// a contact's name and phone (personal data, reliability.md §14), which should not outlive
// the session outside the database's protections (encryption, secure delete, audit).
// The store is injected so the rules are tested without a browser.

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface CaptureDraft {
  values: CaptureFormValues;
  picked: PickedPartner | null;
}

export const CAPTURE_DRAFT_KEY = 'partnerdesk.captureDraft.v1';

const filled = (v: unknown): boolean =>
  typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v === true;

/**
 * Whether anything was typed or picked: the follow-up date counts only when it differs
 * from the default the form starts with, and the USCC override alone is not an entry.
 */
export function hasTypedContent(values: CaptureFormValues, followUpDefault: string | undefined): boolean {
  return Object.entries(values).some(([name, value]) => {
    if (name === 'usccOverride') return false;
    if (name === 'followUpDate') return filled(value) && value !== followUpDefault;
    return filled(value);
  });
}

/** Keeps the entry if it has content; an empty form leaves no draft behind. */
export function keepDraft(store: DraftStore, draft: CaptureDraft, followUpDefault: string | undefined): void {
  if (hasTypedContent(draft.values, followUpDefault)) store.setItem(CAPTURE_DRAFT_KEY, JSON.stringify(draft));
  else store.removeItem(CAPTURE_DRAFT_KEY);
}

export function discardDraft(store: DraftStore): void {
  store.removeItem(CAPTURE_DRAFT_KEY);
}

const isPicked = (v: unknown): v is PickedPartner =>
  typeof v === 'object' && v !== null && typeof (v as PickedPartner).id === 'string' && typeof (v as PickedPartner).name === 'string';

/** The kept draft, or null when there is none or it cannot be read (then it is dropped). */
export function readDraft(store: DraftStore): CaptureDraft | null {
  const text = store.getItem(CAPTURE_DRAFT_KEY);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { values?: unknown; picked?: unknown };
    const values = parsed.values;
    if (typeof values !== 'object' || values === null || Array.isArray(values)) throw new Error('no values');
    // Only string fields (and the majors array and override flag) are taken back.
    const clean: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string' || typeof value === 'boolean') clean[name] = value;
      else if (Array.isArray(value)) clean[name] = value.filter((v) => typeof v === 'string');
    }
    return { values: clean as CaptureFormValues, picked: isPicked(parsed.picked) ? parsed.picked : null };
  } catch {
    store.removeItem(CAPTURE_DRAFT_KEY);
    return null;
  }
}

/** A short line naming the draft for the offer: its partner and contact, as typed. */
export function draftLabel(draft: CaptureDraft): string {
  const parts = [draft.picked?.name ?? draft.values.partnerText, draft.values.contactName, draft.values.notes]
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '');
  const text = parts.join(' · ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
