import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/ipc/contract';
import type { HandlerContext } from '../../../src/main/ipc/types';
import { createReferenceHandlers } from '../../../src/main/reference/handlers';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

let db: TestDb;
let h: ReturnType<typeof createReferenceHandlers>;
const ctx = (channel: HandlerContext['channel']): HandlerContext => ({ channel });

beforeEach(async () => {
  db = await createTestDb();
  h = createReferenceHandlers(createReferenceService(db.ctx));
});
afterEach(() => db.close());

describe('reference handlers', () => {
  it('serve orgUnits, majors and staff with contract-valid outputs', async () => {
    const c = contract;
    const unit = c['orgUnits:create'].output.parse(
      await h['orgUnits:create'](c['orgUnits:create'].input.parse({ name: '信息工程学院', kind: 'college' }), ctx('orgUnits:create')),
    );
    const renamed = c['orgUnits:update'].output.parse(
      await h['orgUnits:update'](c['orgUnits:update'].input.parse({ id: unit.id, patch: { code: 'XG' } }), ctx('orgUnits:update')),
    );
    expect(renamed.code).toBe('XG');
    const units = c['orgUnits:list'].output.parse(await h['orgUnits:list'](c['orgUnits:list'].input.parse(undefined), ctx('orgUnits:list')));
    expect(units.map((u) => u.id)).toEqual([unit.id]);

    const major = c['majors:create'].output.parse(
      await h['majors:create'](
        c['majors:create'].input.parse({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id }),
        ctx('majors:create'),
      ),
    );
    const major2 = c['majors:update'].output.parse(
      await h['majors:update'](c['majors:update'].input.parse({ id: major.id, patch: { name: '计算机应用' } }), ctx('majors:update')),
    );
    expect(major2.name).toBe('计算机应用');
    const majors = c['majors:list'].output.parse(await h['majors:list'](c['majors:list'].input.parse({}), ctx('majors:list')));
    expect(majors.map((m) => m.id)).toEqual([major.id]);

    const person = c['staff:create'].output.parse(
      await h['staff:create'](c['staff:create'].input.parse({ name: '李老师', orgUnitId: unit.id }), ctx('staff:create')),
    );
    const person2 = c['staff:update'].output.parse(
      await h['staff:update'](c['staff:update'].input.parse({ id: person.id, patch: { staffNo: 'T01' } }), ctx('staff:update')),
    );
    expect(person2.staffNo).toBe('T01');
    const staff = c['staff:list'].output.parse(await h['staff:list'](c['staff:list'].input.parse({}), ctx('staff:list')));
    expect(staff.map((s) => s.id)).toEqual([person.id]);
  });
});
