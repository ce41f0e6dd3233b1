import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '@shared/domain/settings';
import type { z } from 'zod';
import { checkUscc } from '@shared/domain/rules/uscc';
import { DomainError } from '../errors';
import { nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { readAllSettings, upsertSetting } from './settingsRepository';

type SettingKey = keyof Settings;
const SETTING_KEYS = Object.keys(Settings.shape) as SettingKey[];

/**
 * Stored values over the defaults, field by field. A value that no longer parses (a
 * hand-edited file, a field whose shape changed) falls back to its default rather
 * than making the whole app unable to start.
 */
function mergeOverDefaults(stored: Map<string, string>): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const text = stored.get(key);
    if (text === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = Settings.shape[key].safeParse(value);
    if (parsed.success) merged[key] = parsed.data;
  }
  return Settings.parse(merged);
}

/**
 * The college's own USCC is typed once, from its certificate, and printed on every agreement:
 * a wrong format or check character is refused here (the schema keeps it free text so older
 * profiles still load), for every caller — the 学校信息 form checks it the same way first.
 */
function assertCollegeUscc(uscc: string | null | undefined): void {
  if (typeof uscc !== 'string' || uscc.trim() === '') return;
  const check = checkUscc(uscc);
  if (check.valid) return;
  const message = check.reason === 'format' ? 'uscc.format' : 'uscc.check';
  throw new DomainError('VALIDATION', `college USCC: ${message}`, {
    issues: [{ path: ['college', 'uscc'], message }],
    ...(check.reason === 'check' ? { details: { expectedCheckChar: check.expectedCheckChar } } : {}),
  });
}

export function createSettingsService(ctx: ServiceContext) {
  return {
    async get(): Promise<Settings> {
      return mergeOverDefaults(await readAllSettings(ctx.db));
    },

    /** Stores only the fields in the patch; a nested object (college) is replaced whole. */
    async update(patch: z.input<typeof SettingsPatch>): Promise<Settings> {
      const parsed = parseInput(SettingsPatch, patch);
      assertCollegeUscc(parsed.college?.uscc);
      const stamp = nowIso(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        const stored = await readAllSettings(trx);
        for (const key of SETTING_KEYS) {
          const value = parsed[key];
          if (value === undefined) continue;
          const text = JSON.stringify(value);
          // Unchanged values are not rewritten, so the audit log shows only real changes.
          if (stored.get(key) === text) continue;
          await upsertSetting(trx, key, text, stamp);
          stored.set(key, text);
        }
        return mergeOverDefaults(stored);
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
