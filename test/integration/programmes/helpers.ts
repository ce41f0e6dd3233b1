import { expect } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { createProgrammeServices, type ProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { seedContact, seedMajor, seedOrganisation, seedStaff, tickingClock } from '../funding/fixtures';

export interface ProgrammeTestEnv {
  t: TestDb;
  p: ProgrammeServices;
  partnerId: string;
  otherPartnerId: string;
  majorId: string;
  otherMajorId: string;
  staffId: string;
  contactId: string;
}

/** A fresh database with two partners, two majors, a staff member and a contact of the first partner. */
export async function programmeEnv(): Promise<ProgrammeTestEnv> {
  const t = await createTestDb({ now: tickingClock('2026-11-28T02:00:00.000Z'), actor: 'tester' });
  const partnerId = seedOrganisation(t.app.sqlite, '华为技术有限公司');
  return {
    t,
    p: createProgrammeServices(t.ctx),
    partnerId,
    otherPartnerId: seedOrganisation(t.app.sqlite, '比亚迪股份有限公司'),
    majorId: seedMajor(t.app.sqlite, '510203'),
    otherMajorId: seedMajor(t.app.sqlite, '460301'),
    staffId: seedStaff(t.app.sqlite),
    contactId: seedContact(t.app.sqlite, partnerId),
  };
}

export function expectDomainError(error: unknown, code: string): DomainError {
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.code).toBe(code);
  return domainError;
}

/** Ids of a page, in order. */
export const idsOf = (page: { items: { id: string }[] }): string[] => page.items.map((i) => i.id);
