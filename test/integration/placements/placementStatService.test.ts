import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlacementStat } from '@shared/domain/placementStat';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createPlacementStatService, type PlacementStatService } from '../../../src/main/placements/placementStatService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, steppingClock, type TestDb, validUscc } from '../../helpers/testDb';

let t: TestDb;
let placements: PlacementStatService;
let partnerId: string;
let otherPartnerId: string;
let majorId: string;
let major2Id: string;

beforeEach(async () => {
  t = await createTestDb({ now: steppingClock(), actor: 'officer' });
  placements = createPlacementStatService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const reference = createReferenceService(t.ctx);
  partnerId = (await partners.create({ kind: 'enterprise', fullName: '深圳市远航智能制造有限公司', uscc: validUscc(1) })).id;
  otherPartnerId = (await partners.create({ kind: 'enterprise', fullName: '广州蓝海物流有限公司', uscc: validUscc(2) })).id;
  majorId = (await reference.majors.create({ code: '460305', name: '工业机器人技术', level: 'higher_vocational' })).id;
  major2Id = (await reference.majors.create({ code: '530802', name: '现代物流管理', level: 'higher_vocational' })).id;
});
afterEach(() => t.close());

async function caught(fn: () => Promise<unknown>): Promise<DomainError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected an error');
}

const audit = (rowId: string) =>
  t.app.sqlite.prepare('select action, actor from audit_log where table_name = ? and row_id = ? order by id').all('placement_stat', rowId);

describe('placement statistics', () => {
  it('creates a row with blanks kept blank, names for the list, and an audit row', async () => {
    const stat = await placements.create({ organisationId: partnerId, majorId, academicYear: 2025, orderTrainees: 32, interns: 18 });
    expect(PlacementStat.parse(stat)).toEqual(stat);
    expect(stat).toMatchObject({
      academicYear: 2025,
      orderTrainees: 32,
      interns: 18,
      graduatesEmployed: null,
      partnerName: '深圳市远航智能制造有限公司',
      majorName: '工业机器人技术',
      majorCode: '460305',
      deletedAt: null,
    });
    expect(audit(stat.id)).toEqual([{ action: 'insert', actor: 'officer' }]);
  });

  it('refuses a second live row for the same partner, major and 学年 with CONFLICT naming the field', async () => {
    const first = await placements.create({ organisationId: partnerId, majorId, academicYear: 2025, interns: 10 });
    const error = await caught(() => placements.create({ organisationId: partnerId, majorId, academicYear: 2025, interns: 12 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues).toEqual([{ path: ['academicYear'], message: 'placementStat.duplicate' }]);
    expect(error.details).toMatchObject({ existingId: first.id });
    // Another 学年, major or partner is a different row.
    await placements.create({ organisationId: partnerId, majorId, academicYear: 2024, interns: 9 });
    await placements.create({ organisationId: partnerId, majorId: major2Id, academicYear: 2025, interns: 3 });
    await placements.create({ organisationId: otherPartnerId, majorId, academicYear: 2025, interns: 4 });
    expect(await placements.list({ organisationId: partnerId })).toHaveLength(3);
  });

  it('updates figures, clears one with null, and refuses moving onto an existing row', async () => {
    const stat = await placements.create({ organisationId: partnerId, majorId, academicYear: 2025, orderTrainees: 30, interns: 20 });
    await placements.create({ organisationId: partnerId, majorId, academicYear: 2024, interns: 15 });
    const updated = await placements.update({ id: stat.id, patch: { interns: null, graduatesEmployed: 11 } });
    expect(updated).toMatchObject({ orderTrainees: 30, interns: null, graduatesEmployed: 11 });
    const error = await caught(() => placements.update({ id: stat.id, patch: { academicYear: 2024 } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues?.[0]?.path).toEqual(['patch', 'academicYear']);
    expect(audit(stat.id).map((a) => (a as { action: string }).action)).toEqual(['insert', 'update']);
  });

  it('rejects unknown partners or majors and negative figures with VALIDATION', async () => {
    const partners = createPartnerService(t.ctx);
    await partners.delete(otherPartnerId);
    const dangling = await caught(() => placements.create({ organisationId: otherPartnerId, majorId, academicYear: 2025 }));
    expect(dangling.code).toBe('VALIDATION');
    expect(dangling.issues).toEqual([{ path: ['organisationId'], message: 'reference.notFound' }]);
    const negative = await caught(() => placements.create({ organisationId: partnerId, majorId, academicYear: 2025, interns: -1 }));
    expect(negative.code).toBe('VALIDATION');
    expect(negative.issues?.[0]?.path).toEqual(['interns']);
  });

  it('moves a row to the trash and back; restore is refused while a live twin exists', async () => {
    const stat = await placements.create({ organisationId: partnerId, majorId, academicYear: 2025, interns: 10 });
    await placements.delete(stat.id);
    expect(await placements.list({ organisationId: partnerId })).toEqual([]);
    expect((await placements.list({ organisationId: partnerId, trashed: true })).map((s) => s.id)).toEqual([stat.id]);
    expect((await caught(() => placements.delete(stat.id))).code).toBe('NOT_FOUND');

    const restored = await placements.restore(stat.id);
    expect(restored.deletedAt).toBeNull();
    await placements.delete(stat.id);
    const twin = await placements.create({ organisationId: partnerId, majorId, academicYear: 2025, interns: 11 });
    const error = await caught(() => placements.restore(stat.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ existingId: twin.id });
    expect(audit(stat.id).map((a) => (a as { action: string }).action)).toEqual(['insert', 'trash', 'restore', 'trash']);
  });

  it('lists by partner, major and 学年, newest 学年 first', async () => {
    await placements.create({ organisationId: partnerId, majorId, academicYear: 2023, interns: 1 });
    await placements.create({ organisationId: partnerId, majorId: major2Id, academicYear: 2025, interns: 2 });
    await placements.create({ organisationId: otherPartnerId, majorId, academicYear: 2025, interns: 3 });
    const mine = await placements.list({ organisationId: partnerId });
    expect(mine.map((s) => [s.academicYear, s.majorCode])).toEqual([
      [2025, '530802'],
      [2023, '460305'],
    ]);
    expect((await placements.list({ majorId, academicYear: 2025 })).map((s) => s.interns)).toEqual([3]);
  });
});
