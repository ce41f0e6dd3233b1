import type { Core } from '../core';
import { createAgreementHandlers } from '../agreements/handlers';
import { createCourseHandlers } from '../courses/handlers';
import { createFundingHandlers } from '../funding/handlers';
import { createHistoryHandlers } from '../history/handlers';
import { createInteractionHandlers } from '../interactions/handlers';
import { createPartnerHandlers } from '../partners/handlers';
import { createReferenceHandlers } from '../reference/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createSystemHandlers } from '../system/handlers';
// [search] handler imports
// [reminders] handler imports
// [agreementsUi] handler imports
// [programmes] handler imports
// [admin] handler imports
// [capture] handler imports
import type { Handlers } from './types';

/**
 * The one handler map: each capability contributes its slice. The `Handlers` type makes a
 * missing channel a compile error; test/ipc checks at run time that none is registered twice.
 */
export function createHandlers(core: Pick<Core, 'services'>): Handlers {
  const s = core.services;
  return {
    ...createSystemHandlers(s),
    ...createSettingsHandlers(s.settings),
    ...createReferenceHandlers(s.reference),
    ...createPartnerHandlers(s),
    ...createAgreementHandlers(s.agreements),
    ...createInteractionHandlers(s.interactions),
    ...createCourseHandlers(s.courses),
    ...createFundingHandlers({ sources: s.fundingSources, txns: s.fundingTxns, contributions: s.contributions }),
    ...createHistoryHandlers(s),
    // [search] handlers
    // [reminders] handlers
    // [agreementsUi] handlers
    // [programmes] handlers
    // [admin] handlers
    // [capture] handlers
  };
}
