// What a key press does in the quick-capture form, decided apart from the DOM so the rule
// can be tested: "Enter 保存" must hold from every field.
//
// - Plain Enter in a one-line box (partner, USCC, names, mobile, e-mail, positions, count)
//   is left to the browser: the form's implicit submission presses the footer's save
//   button (associated through its form attribute), and an open suggestion list takes
//   Enter first to pick an entry.
// - Ctrl+Enter (⌘+Enter) saves from anywhere, the multi-line note included, where plain
//   Enter and Shift+Enter stay new lines.
// - A closed picker (the majors list) or a checkbox has no Enter of its own (antd would just
//   reopen the list), so there plain Enter saves too; an open list keeps Enter to pick.
//   The follow-up date picker counts as closed once its box shows the form's date; a typed
//   date not yet taken keeps Enter, which takes it (a second Enter saves).
// - While an input method is composing (拼音 candidates), Enter belongs to the IME.

/** Where the key was pressed. */
export type CaptureFieldKind = 'text' | 'multiline' | 'picker' | 'pickerOpen';

export interface CaptureKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}

/** 'save': the form saves now (the handler prevents the default); 'native': the browser or antd acts. */
export function captureKeyAction(e: CaptureKey, where: CaptureFieldKind): 'save' | 'native' {
  if (e.isComposing || e.key !== 'Enter' || e.altKey) return 'native';
  if (e.ctrlKey || e.metaKey) return 'save';
  if (e.shiftKey) return 'native';
  return where === 'picker' ? 'save' : 'native';
}
