import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { createAgreementService } from '../agreements/agreementService';
import { createCourseService } from '../courses/courseService';
import { createContributionService } from '../funding/contributionService';
import { createFundingTxnService } from '../funding/fundingTxnService';
import { createContactService } from '../partners/contactService';
import { createPartnerService } from '../partners/partnerService';
import { createPlacementStatService } from '../placements/placementStatService';
import { createBaseYearStatService } from '../programmes/baseYearStatService';
import { createProgrammeService } from '../programmes/programmeService';
import { partTimeTeacherKind } from '../programmes/programmeKindsStaffing';
import { todayOf, type ServiceContext } from '../services/context';

/**
 * The transaction as a Kysely whose `transaction().execute(fn)` runs `fn` inside it, so
 * the entity services (which open their own transaction per call) all write into the
 * import's single transaction: their validation and rules run unchanged, and one
 * rollback undoes the whole import. Methods are bound to the real object because
 * Kysely keeps its state in private fields.
 */
export function joinTransaction(trx: Transaction<DB>): Kysely<DB> {
  const joined = { execute: <T>(fn: (t: Transaction<DB>) => Promise<T>): Promise<T> => fn(trx) };
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => joined;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Kysely<DB>;
}

/** The services an import writes through, all bound to one transaction. */
export function createImportWriters(ctx: ServiceContext, trx: Transaction<DB>) {
  const joined: ServiceContext = { ...ctx, db: joinTransaction(trx) };
  return {
    trx,
    /** Today on the core's clock (Asia/Shanghai), for dates a row leaves to the import day. */
    today: todayOf(ctx),
    partners: createPartnerService(joined),
    contacts: createContactService(joined),
    agreements: createAgreementService(joined),
    courses: createCourseService(joined),
    fundingTxns: createFundingTxnService(joined),
    baseYearStats: createBaseYearStatService(joined),
    placementStats: createPlacementStatService(joined),
    // [record-majors] part-time teachers and contributions (issue 11)
    partTimeTeachers: createProgrammeService(joined, partTimeTeacherKind),
    contributions: createContributionService(joined),
  };
}

export type ImportWriters = ReturnType<typeof createImportWriters>;
