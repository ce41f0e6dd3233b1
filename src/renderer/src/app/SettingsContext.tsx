import { createContext, useContext } from 'react';
import type { Settings, SettingsPatch } from '@shared/domain/settings';

export interface SettingsApi {
  settings: Settings;
  /** Saves through settings:update and applies the result (language included). Throws AppError. */
  update: (patch: SettingsPatch) => Promise<Settings>;
}

export const SettingsContext = createContext<SettingsApi | null>(null);

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsContext');
  return api;
}
