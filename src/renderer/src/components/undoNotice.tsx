import type { ReactNode } from 'react';
import { Button, type App } from 'antd';

type MessageApi = ReturnType<typeof App.useApp>['message'];

/** Seconds an undo notice stays while nobody is on it. */
export const UNDO_SECONDS = 10;

export interface UndoNotice {
  /** The message key; the caller destroys it when Undo runs. */
  key: string;
  text: ReactNode;
  undoLabel: string;
  testId: string;
  onUndo: () => void;
}

/**
 * A success toast with an Undo button, open for UNDO_SECONDS. antd pauses the countdown
 * while the pointer is over the toast; a keyboard user who tabs to Undo gets the same: the
 * notice stays while its button has focus and starts a full countdown again on blur
 * (re-opening the same key with another duration resets antd's timer).
 */
export function openUndoNotice(message: MessageApi, notice: UndoNotice): void {
  let closed = false;
  const open = (duration: number): void => {
    if (closed) return;
    void message.open({
      key: notice.key,
      type: 'success',
      duration,
      onClose: () => {
        closed = true;
      },
      content: (
        <span>
          {notice.text}{' '}
          <Button
            type="link"
            size="small"
            data-testid={notice.testId}
            onFocus={() => open(0)}
            onBlur={() => open(UNDO_SECONDS)}
            onClick={() => {
              closed = true;
              notice.onUndo();
            }}
          >
            {notice.undoLabel}
          </Button>
        </span>
      ),
    });
  };
  open(UNDO_SECONDS);
}
