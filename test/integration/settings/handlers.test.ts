import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/domain/settings';
import { contract } from '../../../src/shared/ipc/contract';
import { createSettingsHandlers } from '../../../src/main/settings/handlers';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(() => db.close());

describe('settings handlers', () => {
  it('get and update with contract-valid outputs', async () => {
    const h = createSettingsHandlers(createSettingsService(db.ctx));
    const c = contract;
    expect(c['settings:get'].output.parse(await h['settings:get'](undefined, { channel: 'settings:get' }))).toEqual(
      DEFAULT_SETTINGS,
    );
    const updated = c['settings:update'].output.parse(
      await h['settings:update'](c['settings:update'].input.parse({ onboarded: true }), { channel: 'settings:update' }),
    );
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, onboarded: true });
    expect(await h['settings:get']({}, { channel: 'settings:get' })).toEqual(updated);
  });
});
