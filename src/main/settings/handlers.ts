import type { Handlers } from '../ipc/types';
import type { SettingsService } from './settingsService';

export function createSettingsHandlers(settings: SettingsService): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (input) => settings.update(input),
  };
}
