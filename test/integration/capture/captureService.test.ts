import { afterEach, describe, expect, it } from 'vitest';
import { CaptureResult } from '@shared/domain/capture';
import { createCaptureService } from '../../../src/main/capture/captureService';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// 10:00 in Beijing on 28 November 2026: "today" is 2026-11-28 for the core.
const NOW = '2026-11-28T02:00:00.000Z';
const HUAWEI_USCC = '914403001922038216';
const HUAWEI_USCC_BAD = '914403001922038217';
const MISSING = '01900000-0000-7000-8000-0000000000ff';

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  const t = await createTestDb({ now: () => new Date(NOW) });
  current = t;
  const reference = createReferenceService(t.ctx);
  const software = await reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational' });
  const logistics = await reference.majors.create({ code: '530802', name: '现代物流管理', level: 'higher_vocational' });
  const partners = createPartnerService(t.ctx);
  const existing = await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司', status: 'active' });
  const sqlite = t.app.sqlite;
  const count = (table: string): number => Number(sqlite.prepare(`select count(*) from ${table}`).pluck().get());
  const counts = () => ({ organisation: count('organisation'), contact: count('contact'), interaction: count('interaction'), audit: count('audit_log') });
  return { t, capture: createCaptureService(t.ctx), software, logistics, existing, counts };
}

async function failure(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('captureService', () => {
  it('gives today and today + 7 days by the core clock', async () => {
    const s = await setup();
    expect(s.capture.defaults()).toEqual({ today: '2026-11-28', followUpDate: '2026-12-05' });
  });

  it('creates a new partner, its primary contact and a trade-fair interaction together', async () => {
    const s = await setup();
    const before = s.counts();
    const result = CaptureResult.parse(
      await s.capture.save({
        partnerName: ' 华为技术有限公司 ',
        uscc: HUAWEI_USCC,
        contactName: '李经理',
        contactTitle: '招聘主管',
        contactMobile: '13812345678',
        contactEmail: 'li@example.cn',
        notes: '需要软件和物流专业实习生',
        majorIds: [s.software.id, s.logistics.id],
        positions: 'Java 开发、仓储管理',
        internCount: 12,
        followUpDate: '2026-12-05',
      }),
    );
    expect(result.partnerCreated).toBe(true);
    expect(result.partner).toMatchObject({
      fullName: '华为技术有限公司', uscc: HUAWEI_USCC, usccCheckOverridden: false, kind: 'enterprise',
      status: 'negotiating', source: 'trade_fair', createdAt: NOW, deletedAt: null,
    });
    expect(result.contact).toMatchObject({
      organisationId: result.partner.id, name: '李经理', title: '招聘主管', mobile: '13812345678',
      email: 'li@example.cn', isPrimary: true, isPartTimeTeacher: false,
    });
    expect(result.interaction).toMatchObject({
      organisationId: result.partner.id, kind: 'trade_fair', date: '2026-11-28', summary: '需要软件和物流专业实习生',
      hostName: '李经理', hostTitle: '招聘主管',
      demandMajorCode: '510203', demandMajorName: '软件技术', demandMajorLevel: 'higher_vocational',
      internMajors: '软件技术、现代物流管理', internCount: 12, positionsOffered: null,
      otherIntents: 'Java 开发、仓储管理', followUpDate: '2026-12-05', followUpDoneAt: null,
    });
    // One row each, each audited.
    expect(s.counts()).toEqual({
      organisation: before.organisation + 1, contact: before.contact + 1, interaction: before.interaction + 1, audit: before.audit + 3,
    });
    const stored = s.t.app.sqlite.prepare('select full_name, source, status from organisation where id = ?').get(result.partner.id);
    expect(stored).toEqual({ full_name: '华为技术有限公司', source: 'trade_fair', status: 'negotiating' });
  });

  it('adds to an existing partner, with the contact optional and the partner untouched', async () => {
    const s = await setup();
    const before = s.counts();
    const result = await s.capture.save({ partnerId: s.existing.id, notes: '老朋友，来问订单班', followUpDate: null });
    expect(result.partnerCreated).toBe(false);
    expect(result.partner).toEqual(s.existing);
    expect(result.contact).toBeNull();
    expect(result.interaction).toMatchObject({
      organisationId: s.existing.id, kind: 'trade_fair', summary: '老朋友，来问订单班', demandMajorCode: null,
      internMajors: null, internCount: null, followUpDate: null, hostName: null,
    });
    expect(s.counts()).toEqual({ ...before, interaction: before.interaction + 1, audit: before.audit + 1 });

    const withContact = await s.capture.save({ partnerId: s.existing.id, contactName: '王工', contactMobile: '13912345678' });
    // An existing partner may already have its primary contact: a captured one never takes the flag.
    expect(withContact.contact).toMatchObject({ organisationId: s.existing.id, name: '王工', isPrimary: false });
  });

  it('writes nothing for a USCC failing its check character without the override, and saves it with one', async () => {
    const s = await setup();
    const before = s.counts();
    const draft = { partnerName: '华为技术有限公司', uscc: HUAWEI_USCC_BAD, contactName: '李经理', notes: 'x' };
    const error = await failure(s.capture.save(draft));
    expect([error.code, error.issues, error.details]).toEqual(['USCC_CHECK_FAILED', [{ path: ['uscc'], message: 'uscc.check' }], { expectedCheckChar: '6' }]);
    expect(s.counts()).toEqual(before);

    const saved = await s.capture.save({ ...draft, usccOverride: true });
    expect(saved.partner).toMatchObject({ uscc: HUAWEI_USCC_BAD, usccCheckOverridden: true });
  });

  it('refuses a USCC another partner has (CONFLICT with the twin) and writes nothing', async () => {
    const s = await setup();
    const first = await s.capture.save({ partnerName: '华为技术有限公司', uscc: HUAWEI_USCC, contactName: '李经理' });
    const before = s.counts();
    const error = await failure(s.capture.save({ partnerName: '华为', uscc: HUAWEI_USCC, contactName: '张经理' }));
    expect([error.code, error.issues, error.details]).toEqual([
      'CONFLICT',
      [{ path: ['uscc'], message: 'uscc.duplicate' }],
      { field: 'uscc', existingId: first.partner.id, existingName: '华为技术有限公司', inTrash: false },
    ]);
    expect(s.counts()).toEqual(before);
  });

  it('rolls the new partner back when a later part fails (a trashed major)', async () => {
    const s = await setup();
    await createReferenceService(s.t.ctx).majors.delete(s.logistics.id);
    const before = s.counts();
    const error = await failure(
      s.capture.save({ partnerName: '广州市乙软件有限公司', contactName: '陈经理', majorIds: [s.software.id, s.logistics.id, MISSING] }),
    );
    expect([error.code, error.issues]).toEqual([
      'VALIDATION',
      [
        { path: ['majorIds', 1], message: 'reference.notFound' },
        { path: ['majorIds', 2], message: 'reference.notFound' },
      ],
    ]);
    expect(s.counts()).toEqual(before);
  });

  it('maps validation issues onto the form fields', async () => {
    const s = await setup();
    const before = s.counts();
    const paths = async (input: Parameters<typeof s.capture.save>[0]) =>
      (await failure(s.capture.save(input))).issues?.map((i) => [i.path.join('.'), i.message]);
    expect(await paths({})).toEqual([
      ['partnerName', 'capture.partnerRequired'],
      ['contactName', 'required'],
    ]);
    expect(await paths({ partnerName: '某公司', contactName: '李', contactMobile: '12345', contactEmail: 'nope', uscc: '123' })).toEqual([
      ['uscc', 'uscc.format'],
      ['contactMobile', 'phone.invalid'],
      ['contactEmail', 'email.invalid'],
    ]);
    // A contact detail without a name is not a contact.
    expect(await paths({ partnerId: s.existing.id, contactTitle: '经理' })).toEqual([['contactName', 'required']]);
    expect(await paths({ partnerId: s.existing.id, followUpDate: '2026-02-30' })).toEqual([['followUpDate', 'date.invalid']]);
    expect((await paths({ partnerId: s.existing.id, internCount: -1 }))?.map(([p]) => p)).toEqual(['internCount']);
    expect(await paths({ partnerId: MISSING })).toEqual([['partnerId', 'reference.notFound']]);
    expect(s.counts()).toEqual(before);
  });

  it('refuses a partner in the trash', async () => {
    const s = await setup();
    await createPartnerService(s.t.ctx).delete(s.existing.id);
    const before = s.counts();
    const error = await failure(s.capture.save({ partnerId: s.existing.id, notes: 'x' }));
    expect([error.code, error.issues]).toEqual(['VALIDATION', [{ path: ['partnerId'], message: 'reference.notFound' }]]);
    expect(s.counts()).toEqual(before);
  });
});
