import { Id, type Page } from '@shared/domain/common';
import {
  type Contribution,
  ContributionDraft,
  ContributionPatch,
  ContributionQuery,
} from '@shared/domain/funding';
import type { ValidationIssue } from '@shared/ipc/result';
import type { z } from 'zod';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  findContribution,
  insertContribution,
  listContributions,
  updateContribution,
} from './contributionRepository';
import { assertReferences, idIfChanged, type ReferenceCheck } from './referenceGuard';

type Kind = Contribution['kind'];

// These kinds feed 万元 indicators ((准)捐赠设备总值, 技术服务到款额), so they need a value;
// employee_training feeds 年培训员工数 (人天), so it needs person-days.
const KINDS_NEEDING_VALUE: ReadonlySet<Kind> = new Set([
  'donated_equipment',
  'quasi_donated_equipment',
  'funds',
  'technical_service_income',
]);

function kindRuleIssues(c: Pick<Contribution, 'kind' | 'valueFen' | 'traineePersonDays'>, prefix: string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (KINDS_NEEDING_VALUE.has(c.kind) && c.valueFen === null) {
    issues.push({ path: [...prefix, 'valueFen'], message: 'contribution.valueRequired' });
  }
  if (c.kind === 'employee_training' && c.traineePersonDays === null) {
    issues.push({ path: [...prefix, 'traineePersonDays'], message: 'contribution.personDaysRequired' });
  }
  return issues;
}

function assertKindRules(c: Contribution, prefix: string[]): void {
  const issues = kindRuleIssues(c, prefix);
  if (issues.length > 0) throw new DomainError('VALIDATION', 'contribution is missing the figure its kind needs', { issues });
}

function referenceChecks(ids: { organisationId: string | null; agreementId: string | null; majorId: string | null }): ReferenceCheck[] {
  return [
    { field: 'organisationId', id: ids.organisationId, table: 'organisation', live: true },
    { field: 'agreementId', id: ids.agreementId, table: 'agreement', live: true },
    { field: 'majorId', id: ids.majorId, table: 'major', live: true },
  ];
}

async function liveContribution(db: Executor, id: string): Promise<Contribution> {
  const contribution = await findContribution(db, id);
  if (!contribution || contribution.deletedAt !== null) throw notFound('contribution', id);
  return contribution;
}

export function createContributionService(ctx: ServiceContext) {
  return {
    async list(query?: z.input<typeof ContributionQuery>): Promise<Page<Contribution>> {
      return listContributions(ctx.db, parseInput(ContributionQuery, query ?? {}));
    },

    async get(id: string): Promise<Contribution> {
      return liveContribution(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof ContributionDraft>): Promise<Contribution> {
      const fields = parseInput(ContributionDraft, draft);
      const stamp = nowIso(ctx);
      const contribution: Contribution = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      assertKindRules(contribution, []);
      return ctx.db.transaction().execute(async (trx) => {
        await assertReferences(trx, referenceChecks(contribution));
        await insertContribution(trx, contribution);
        return contribution;
      });
    },

    async update(input: z.input<typeof ContributionPatch>): Promise<Contribution> {
      const { id, patch } = parseInput(ContributionPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveContribution(trx, id);
        const next: Contribution = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        assertKindRules(next, ['patch']);
        await assertReferences(
          trx,
          referenceChecks({
            organisationId: idIfChanged(current, next, 'organisationId'),
            agreementId: idIfChanged(current, next, 'agreementId'),
            majorId: idIfChanged(current, next, 'majorId'),
          }),
          { pathPrefix: ['patch'] },
        );
        await updateContribution(trx, next);
        return next;
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const contributionId = parseInput(Id, id);
      if (!(await softDelete(ctx.db, 'contribution', contributionId, nowIso(ctx)))) {
        throw notFound('contribution', contributionId);
      }
      return { ok: true };
    },

    async restore(id: string): Promise<Contribution> {
      const contributionId = parseInput(Id, id);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await restoreRow(trx, 'contribution', contributionId, nowIso(ctx)))) {
          throw notFound('contribution', contributionId);
        }
        return liveContribution(trx, contributionId);
      });
    },
  };
}

export type ContributionService = ReturnType<typeof createContributionService>;
