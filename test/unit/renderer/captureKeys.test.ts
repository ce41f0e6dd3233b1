import { describe, expect, it } from 'vitest';
import { type CaptureFieldKind, type CaptureKey, captureKeyAction } from '../../../src/renderer/src/features/capture/captureKeys';

const press = (key: string, mods: Partial<CaptureKey> = {}): CaptureKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
});
const ALL: CaptureFieldKind[] = ['text', 'multiline', 'picker', 'pickerOpen'];

describe('captureKeyAction', () => {
  it('saves on Ctrl+Enter and ⌘+Enter from every field, the multi-line note included', () => {
    for (const where of ALL) {
      expect(captureKeyAction(press('Enter', { ctrlKey: true }), where)).toBe('save');
      expect(captureKeyAction(press('Enter', { metaKey: true }), where)).toBe('save');
    }
  });

  it('leaves plain Enter to the browser in one-line boxes (implicit submission saves) and open lists (Enter picks)', () => {
    expect(captureKeyAction(press('Enter'), 'text')).toBe('native');
    expect(captureKeyAction(press('Enter'), 'pickerOpen')).toBe('native');
  });

  it('saves on plain Enter in a closed picker, which has no Enter of its own', () => {
    expect(captureKeyAction(press('Enter'), 'picker')).toBe('save');
  });

  it('keeps Enter and Shift+Enter as new lines in the note', () => {
    expect(captureKeyAction(press('Enter'), 'multiline')).toBe('native');
    expect(captureKeyAction(press('Enter', { shiftKey: true }), 'multiline')).toBe('native');
  });

  it('never saves while an input method is composing, nor on other keys or Alt+Enter', () => {
    for (const where of ALL) {
      expect(captureKeyAction(press('Enter', { ctrlKey: true, isComposing: true }), where)).toBe('native');
      expect(captureKeyAction(press('Enter', { isComposing: true }), where)).toBe('native');
      expect(captureKeyAction(press('Enter', { altKey: true, ctrlKey: true }), where)).toBe('native');
      expect(captureKeyAction(press('s', { ctrlKey: true }), where)).toBe('native');
      expect(captureKeyAction(press('Tab'), where)).toBe('native');
    }
  });
});
