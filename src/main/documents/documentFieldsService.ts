import type { z } from 'zod';
import { PARTY_ROLES } from '@shared/domain/enums';
import { DocumentFieldsInput } from '@shared/documents/documentFields';
import { DomainError, notFound } from '../errors';
import { nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { liveContactOrganisation, mergeValuesJsonOf, partyOrganisationOf, writeMergeValuesJson } from './data/documentFieldQueries';
import { parseStoredFields, serializeStoredFields } from './storedFields';

/**
 * What the officer fills in on the document page for one agreement: the merge values no
 * record holds (培养人数, 实习岗位 …) and, per partner party, which of its contacts the
 * document names. Values not sent keep theirs; '' removes one; a contact of null goes back
 * to the partner's main contact. Bad input changes nothing.
 */
export function createDocumentFieldsService(ctx: ServiceContext) {
  return {
    async save(input: z.input<typeof DocumentFieldsInput>): Promise<{ ok: true }> {
      const s = parseInput(DocumentFieldsInput, input);
      const stamp = nowIso(ctx);
      await ctx.db.transaction().execute(async (trx) => {
        const json = await mergeValuesJsonOf(trx, s.agreementId);
        if (json === undefined) throw notFound('agreement', s.agreementId);
        const stored = parseStoredFields(json);
        for (const [field, value] of Object.entries(s.values)) {
          const v = value.trim();
          if (v === '') delete stored.values[field];
          else stored.values[field] = v;
        }
        for (const role of PARTY_ROLES) {
          const contactId = s.contacts[role];
          if (contactId === undefined) continue;
          if (contactId === null) {
            delete stored.contacts[role];
            continue;
          }
          const organisationId = await partyOrganisationOf(trx, s.agreementId, role);
          if (organisationId === null || (await liveContactOrganisation(trx, contactId)) !== organisationId) {
            throw new DomainError('VALIDATION', 'the contact is not one of the party’s contacts', {
              issues: [{ path: ['contacts', role], message: 'documentField.contactNotOfParty' }],
            });
          }
          stored.contacts[role] = contactId;
        }
        const next = serializeStoredFields(stored);
        if (next !== json) await writeMergeValuesJson(trx, s.agreementId, next, stamp);
      });
      return { ok: true };
    },
  };
}

export type DocumentFieldsService = ReturnType<typeof createDocumentFieldsService>;
