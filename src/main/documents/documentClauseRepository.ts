import type { DocumentClause } from '@shared/domain/document';
import type { Executor } from '../services/context';
import { newId } from '../ids';

// An agreement's own wording of a template's clauses: document_clause rows with both
// agreement_id and template_id, one live row per position. Replacing the wording trashes
// the old rows (kept for history) and writes new ones.

export async function listAgreementClauses(db: Executor, agreementId: string, templateId: string): Promise<DocumentClause[]> {
  const rows = await db
    .selectFrom('document_clause')
    .select(['heading', 'body'])
    .where('agreement_id', '=', agreementId)
    .where('template_id', '=', templateId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ heading: r.heading ?? '', body: r.body }));
}

/** Trashes the agreement's wording of the template; returns how many clauses it had. */
export async function trashAgreementClauses(db: Executor, agreementId: string, templateId: string, stamp: string): Promise<number> {
  const r = await db
    .updateTable('document_clause')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('agreement_id', '=', agreementId)
    .where('template_id', '=', templateId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertAgreementClauses(
  db: Executor,
  a: { agreementId: string; templateId: string; clauses: readonly DocumentClause[]; stamp: string },
): Promise<void> {
  if (a.clauses.length === 0) return;
  await db
    .insertInto('document_clause')
    .values(
      a.clauses.map((c, position) => ({
        id: newId(),
        template_id: a.templateId,
        agreement_id: a.agreementId,
        position,
        heading: c.heading,
        body: c.body,
        created_at: a.stamp,
        updated_at: a.stamp,
        deleted_at: null,
      })),
    )
    .execute();
}

/** Copies an agreement's live wording of every template to another agreement (a renewal). */
export async function copyAgreementClauses(db: Executor, fromAgreementId: string, toAgreementId: string, stamp: string): Promise<void> {
  const rows = await db
    .selectFrom('document_clause')
    .select(['template_id', 'position', 'heading', 'body'])
    .where('agreement_id', '=', fromAgreementId)
    .where('deleted_at', 'is', null)
    .orderBy('template_id')
    .orderBy('position')
    .execute();
  if (rows.length === 0) return;
  await db
    .insertInto('document_clause')
    .values(
      rows.map((r) => ({
        id: newId(),
        template_id: r.template_id,
        agreement_id: toAgreementId,
        position: r.position,
        heading: r.heading,
        body: r.body,
        created_at: stamp,
        updated_at: stamp,
        deleted_at: null,
      })),
    )
    .execute();
}
