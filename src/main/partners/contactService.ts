import { type Contact, ContactDraft, ContactPatch, ContactQuery } from '@shared/domain/contact';
import { Id, type Page } from '@shared/domain/common';
import type { z } from 'zod';
import { notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { missingReference } from '../reference/referenceService';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  clearOtherPrimaryContacts,
  findContact,
  findOtherPrimaryContact,
  insertContact,
  listContacts,
  restoreContact,
  trashContact,
  updateContact,
} from './contactRepository';
import { findPartner } from './partnerRepository';

async function getLive(db: Executor, id: string): Promise<Contact> {
  const contact = await findContact(db, id);
  if (!contact || contact.deletedAt !== null) throw notFound('contact', id);
  return contact;
}

export function createContactService(ctx: ServiceContext) {
  /** One primary contact per organisation: taking the flag clears it on the others. */
  async function takePrimary(trx: Executor, contact: Contact): Promise<void> {
    if (contact.isPrimary) await clearOtherPrimaryContacts(trx, contact.organisationId, contact.id, nowIso(ctx));
  }

  return {
    async list(query: z.input<typeof ContactQuery>): Promise<Page<Contact>> {
      return listContacts(ctx.db, parseInput(ContactQuery, query));
    },

    async get(id: string): Promise<Contact> {
      return getLive(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof ContactDraft>): Promise<Contact> {
      const fields = parseInput(ContactDraft, draft);
      const stamp = nowIso(ctx);
      const contact: Contact = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        const organisation = await findPartner(trx, contact.organisationId);
        if (!organisation || organisation.deletedAt !== null) {
          throw missingReference('partner', 'organisationId', contact.organisationId);
        }
        await takePrimary(trx, contact);
        await insertContact(trx, contact);
        return contact;
      });
    },

    async update(input: z.input<typeof ContactPatch>): Promise<Contact> {
      const { id, patch } = parseInput(ContactPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await getLive(trx, id);
        const next: Contact = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        await takePrimary(trx, next);
        await updateContact(trx, next);
        return next;
      });
    },

    async delete(input: string): Promise<{ ok: true }> {
      const id = parseInput(Id, input);
      if (!(await trashContact(ctx.db, id, nowIso(ctx)))) throw notFound('contact', id);
      return { ok: true };
    },

    async restore(input: string): Promise<Contact> {
      const id = parseInput(Id, input);
      return ctx.db.transaction().execute(async (trx) => {
        const trashed = await findContact(trx, id);
        if (!trashed || trashed.deletedAt === null) throw notFound('contact', id);
        // Someone else became primary while this one was in the trash: they keep it.
        if (trashed.isPrimary && (await findOtherPrimaryContact(trx, trashed.organisationId, id))) {
          await updateContact(trx, { ...trashed, isPrimary: false, updatedAt: nowIso(ctx) });
        }
        await restoreContact(trx, id, nowIso(ctx));
        return getLive(trx, id);
      });
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;
