import { useState } from 'react';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';

/**
 * 另存为 for a generated document: the core asks where (null = dialog closed), copies the
 * file there and answers with an id the notice opens or shows in its folder.
 */
export function useSaveCopy() {
  const [produced, setProduced] = useState<ProducedFile | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const saveAs = async (generatedId: string) => {
    setError(null);
    setSaving(true);
    try {
      const file = await call('documents:saveAs', { id: generatedId });
      if (file) setProduced(file);
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  };
  return { saveAs, saving, produced, error };
}

export function SavedCopyNotice({ state, testId }: { state: ReturnType<typeof useSaveCopy>; testId: string }) {
  return (
    <>
      {state.error ? <ErrorAlert error={state.error} /> : null}
      {state.produced ? <ProducedFileNotice file={state.produced} testId={testId} /> : null}
    </>
  );
}
