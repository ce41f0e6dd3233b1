import type { z } from 'zod';
import { CAPTURE_FOLLOW_UP_DAYS, type CaptureDefaults, CaptureInput, type CaptureParsed, type CaptureResult } from '@shared/domain/capture';
import type { Contact } from '@shared/domain/contact';
import type { Interaction } from '@shared/domain/interaction';
import type { Partner } from '@shared/domain/partner';
import type { Major } from '@shared/domain/reference';
import { addDays } from '@shared/format/dates';
import type { ValidationIssue } from '@shared/ipc/result';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { insertInteraction } from '../interactions/interactionRepository';
import { insertContact } from '../partners/contactRepository';
import { findPartner, findPartnerByUscc, insertPartner } from '../partners/partnerRepository';
import { usccOverrideFlag } from '../partners/partnerService';
import { findMajor } from '../reference/majorRepository';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext, todayOf } from '../services/context';
import { parseInput } from '../services/validate';

// One trade-fair conversation becomes (maybe) a new partner, a contact and an interaction of
// kind 'trade_fair', written in ONE transaction through the repositories: calling the partner,
// contact and interaction services would commit each part on its own.

/** The same shape partners:create uses for a duplicate USCC, so the form can offer the twin. */
function usccConflict(existing: { id: string; fullName: string; deletedAt: string | null } | undefined): DomainError {
  return new DomainError('CONFLICT', 'another partner already has this USCC', {
    issues: [{ path: ['uscc'], message: 'uscc.duplicate' }],
    details: {
      field: 'uscc',
      existingId: existing?.id ?? null,
      existingName: existing?.fullName ?? null,
      inTrash: existing ? existing.deletedAt !== null : false,
    },
  });
}

function invalid(issues: ValidationIssue[]): DomainError {
  return new DomainError('VALIDATION', 'capture references missing or in the trash', { issues });
}

async function liveMajors(db: Executor, ids: readonly string[]): Promise<Major[]> {
  const majors: Major[] = [];
  const issues: ValidationIssue[] = [];
  for (const [index, id] of ids.entries()) {
    const major = await findMajor(db, id);
    if (major && major.deletedAt === null) majors.push(major);
    else issues.push({ path: ['majorIds', index], message: 'reference.notFound' });
  }
  if (issues.length > 0) throw invalid(issues);
  return majors;
}

function newPartner(input: CaptureParsed, name: string, stamp: string): Partner {
  return {
    id: newId(),
    kind: 'enterprise',
    fullName: name,
    uscc: input.uscc,
    usccCheckOverridden: usccOverrideFlag(input.uscc, input.usccOverride),
    aliases: [],
    industrySection: null,
    industryDivision: null,
    industryCode: null,
    size: null,
    nature: null,
    regionCode: null,
    regionName: null,
    address: null,
    website: null,
    legalRepresentative: null,
    employeeCount: null,
    cjrhLevel: null,
    status: 'negotiating',
    source: 'trade_fair',
    ownerOrgUnitId: null,
    tags: [],
    notes: null,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  };
}

function newContact(input: CaptureParsed, organisationId: string, isPrimary: boolean, stamp: string): Contact | null {
  if (input.contactName === null) return null;
  return {
    id: newId(),
    organisationId,
    name: input.contactName,
    title: input.contactTitle,
    department: null,
    mobile: input.contactMobile,
    phone: null,
    email: input.contactEmail,
    wechat: null,
    isPrimary,
    isPartTimeTeacher: false,
    notes: null,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  };
}

/**
 * The interest goes into the 访企拓岗 fields of report R4: the first major is the row's
 * 需求专业 (one per row), every major is listed as 接受实习生专业, positions are free text.
 */
function newInteraction(input: CaptureParsed, organisationId: string, majors: Major[], today: string, stamp: string): Interaction {
  const first = majors[0];
  return {
    id: newId(),
    organisationId,
    kind: 'trade_fair',
    date: today,
    staffId: null,
    staffTitle: null,
    hostName: input.contactName,
    hostTitle: input.contactTitle,
    eventName: null,
    location: null,
    summary: input.notes,
    outcomeForm: null,
    demandMajorCode: first?.code ?? null,
    demandMajorName: first?.name ?? null,
    demandMajorLevel: first?.level ?? null,
    positionsOffered: null,
    averageSalaryFen: null,
    internMajors: majors.length > 0 ? majors.map((m) => m.name).join('、').slice(0, 300) : null,
    internCount: input.internCount,
    internPayFen: null,
    employMajors: null,
    employCount: null,
    startingSalaryFen: null,
    otherIntents: input.positions,
    nextAction: null,
    followUpDate: input.followUpDate,
    followUpDoneAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  };
}

export function createCaptureService(ctx: ServiceContext) {
  return {
    defaults(): CaptureDefaults {
      const today = todayOf(ctx);
      return { today, followUpDate: addDays(today, CAPTURE_FOLLOW_UP_DAYS) };
    },

    async save(raw: z.input<typeof CaptureInput>): Promise<CaptureResult> {
      const input = parseInput(CaptureInput, raw);
      const stamp = nowIso(ctx);
      const today = todayOf(ctx);
      // Checked before the transaction: a failing check character without override writes nothing.
      const created = input.partnerId === null && input.partnerName !== null ? newPartner(input, input.partnerName, stamp) : null;
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const majors = await liveMajors(trx, input.majorIds);
          let partner: Partner;
          if (created) {
            const twin = created.uscc === null ? undefined : await findPartnerByUscc(trx, created.uscc);
            if (twin) throw usccConflict(twin);
            await insertPartner(trx, created);
            partner = created;
          } else {
            const existing = input.partnerId === null ? undefined : await findPartner(trx, input.partnerId);
            if (!existing || existing.deletedAt !== null) throw invalid([{ path: ['partnerId'], message: 'reference.notFound' }]);
            partner = existing;
          }
          const contact = newContact(input, partner.id, created !== null, stamp);
          if (contact) await insertContact(trx, contact);
          const interaction = newInteraction(input, partner.id, majors, today, stamp);
          await insertInteraction(trx, interaction);
          return { partner, partnerCreated: created !== null, contact, interaction };
        });
      } catch (error) {
        // Two saves racing for one USCC: the unique index is the last word.
        if (created?.uscc && isUniqueViolation(error, 'organisation.uscc')) {
          throw usccConflict(await findPartnerByUscc(ctx.db, created.uscc));
        }
        throw error;
      }
    },
  };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
