import { useCallback, useEffect, useState } from 'react';
import type { Channel } from '@shared/ipc/channels';
import type { ChannelIn, ChannelOut } from '@shared/ipc/contract';
import { call, toAppError, type AppError } from './client';

export interface ChannelQuery<T> {
  /** The last value received; kept while a new request (next page, new filter) is loading. */
  data: T | undefined;
  /** The error of the current request, if it failed. */
  error: AppError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: AppError | undefined;
}

/**
 * Reads one channel and re-reads whenever the input changes (compared by JSON, so
 * callers may pass fresh object literals). State is only set from the async
 * callback, and "loading" is derived by comparing keys, so no effect sets state
 * synchronously and a slow old response can never overwrite a newer one.
 */
export function useChannel<C extends Channel>(
  channel: C,
  input: ChannelIn<C>,
  options: { enabled?: boolean } = {},
): ChannelQuery<ChannelOut<C>> {
  const enabled = options.enabled ?? true;
  // '' stands for `undefined`, which JSON cannot carry.
  const inputJson = input === undefined ? '' : JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<ChannelOut<C>>>({ key: '', data: undefined, error: undefined });
  const key = `${channel}|${version}|${inputJson}`;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const parsed = (inputJson === '' ? undefined : JSON.parse(inputJson)) as ChannelIn<C>;
    call(channel, parsed).then(
      (data) => {
        if (current) setSettled({ key, data, error: undefined });
      },
      (error: unknown) => {
        if (current) setSettled((prev) => ({ key, data: prev.data, error: toAppError(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [channel, inputJson, key, enabled]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isCurrent = settled.key === key;
  return {
    data: settled.data,
    error: isCurrent ? settled.error : undefined,
    loading: enabled && !isCurrent,
    reload,
  };
}
