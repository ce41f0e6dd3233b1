import type { z } from 'zod';
import { type AgreementChain, type AgreementLinks, SignedScanInput } from '@shared/domain/attachment';
import { IdInput } from '@shared/domain/common';
import { effectiveStatus } from '@shared/domain/rules/agreementLifecycle';
import { notFound } from '../errors';
import { findLiveAttachment } from '../attachments/attachmentRepository';
import { nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { findAgreement } from './agreementRepository';
import { fundingOfAgreement, programmesOfAgreement } from './agreementLinksRepository';
import { agreementViewContext } from './agreementViewContext';
import { renewalChainOf } from './renewalChainRepository';
import { setSignedScan } from './signedScanRepository';

/** What hangs off an agreement: linked programmes and funding, its renewal chain, its signed scan. */
export function createAgreementRelationsService(ctx: ServiceContext) {
  return {
    async links(input: z.input<typeof IdInput>): Promise<AgreementLinks> {
      const { id } = parseInput(IdInput, input);
      if (!(await findAgreement(ctx.db, id, 'any'))) throw notFound('agreement', id);
      const [programmes, funding] = await Promise.all([programmesOfAgreement(ctx.db, id), fundingOfAgreement(ctx.db, id)]);
      return { programmes, funding };
    },

    async chain(input: z.input<typeof IdInput>): Promise<AgreementChain> {
      const { id } = parseInput(IdInput, input);
      const view = await agreementViewContext(ctx);
      const chain = await renewalChainOf(ctx.db, id);
      if (!chain) throw notFound('agreement', id);
      return {
        current: chain.current,
        versions: chain.versions.map(({ renewalOfId: _r, deletedAt, ...v }) => ({
          ...v,
          effectiveStatus: effectiveStatus(v.status, v.endDate, view.today, view.leadDays),
          inTrash: deletedAt !== null,
        })),
      };
    },

    /** Marks one of the agreement's own live attachments as its signed scan (null clears it). */
    async setSignedScan(input: z.input<typeof SignedScanInput>): Promise<{ ok: true }> {
      const { id, attachmentId } = parseInput(SignedScanInput, input);
      const stamp = nowIso(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await findAgreement(trx, id))) throw notFound('agreement', id);
        if (attachmentId !== null) {
          const attachment = await findLiveAttachment(trx, attachmentId);
          if (!attachment || attachment.entityType !== 'agreement' || attachment.entityId !== id) {
            throw fieldError('attachmentId', 'attachment.notOfAgreement');
          }
        }
        await setSignedScan(trx, id, attachmentId, stamp);
        return { ok: true as const };
      });
    },
  };
}

export type AgreementRelationsService = ReturnType<typeof createAgreementRelationsService>;
