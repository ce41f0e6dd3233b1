import { useState } from 'react';
import { App } from 'antd';

/**
 * A list's row actions (delete, restore, mark done …): runs one, shows `done` as a
 * success message, reloads the list, and keeps the failure for an ErrorAlert.
 */
export function useListAction(reload: () => void) {
  const { message } = App.useApp();
  const [actionError, setActionError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>, done?: string): Promise<void> => {
    setActionError(null);
    try {
      await work();
      if (done !== undefined) void message.success(done);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };
  return { actionError, run };
}
