import type { Executor } from '../services/context';

// agreement.signed_scan_attachment_id: the scan of the signed and sealed paper copy.

export async function signedScanIdOf(db: Executor, agreementId: string): Promise<string | null> {
  const row = await db.selectFrom('agreement').select('signed_scan_attachment_id').where('id', '=', agreementId).executeTakeFirst();
  return row?.signed_scan_attachment_id ?? null;
}

export async function setSignedScan(db: Executor, agreementId: string, attachmentId: string | null, stamp: string): Promise<void> {
  await db
    .updateTable('agreement')
    .set({ signed_scan_attachment_id: attachmentId, updated_at: stamp })
    .where('id', '=', agreementId)
    .execute();
}

/** Clears the pointer only if it still names this attachment. */
export async function clearSignedScanIf(db: Executor, agreementId: string, attachmentId: string, stamp: string): Promise<void> {
  await db
    .updateTable('agreement')
    .set({ signed_scan_attachment_id: null, updated_at: stamp })
    .where('id', '=', agreementId)
    .where('signed_scan_attachment_id', '=', attachmentId)
    .execute();
}
