import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// When an agreement ended early (issue 11). Without it a terminated agreement could only be
// left out of every period, so terminating one this year rewrote last year's R1/R2. Reports
// now count an agreement for a period while it was in force: until terminated_on if set.
// ISO date (YYYY-MM-DD), only on terminated agreements.
//
// Existing terminated rows get the day of their termination: the audit row of the update
// that set status 'terminated' (written by the trigger in the same transaction as the
// transition), else updated_at, which the transition set and which can only have moved
// later since (a terminated agreement cannot be edited). Both are UTC instants; the app's
// "today" is Asia/Shanghai (todayIso), which has no DST, hence '+8 hours'.
//
// As in 0012 the backfill runs while the old audit triggers (which do not list the column)
// are in place, so it adds no audit rows and leaves updated_at alone; the triggers are then
// rebuilt with the new column so setting it later is audited.

export const AGREEMENT_COLUMNS_0014 = [
  'id', 'agreement_no', 'title', 'type', 'org_unit_id', 'sign_date', 'start_date', 'end_date', 'auto_renew',
  'notice_days', 'amount_fen', 'copies_total', 'copies_each', 'status', 'renewal_of_id', 'template_id',
  'merge_values_json', 'signed_scan_attachment_id', 'terminated_reason', 'notes', 'created_at', 'updated_at',
  'deleted_at', 'terminated_on',
] as const;

const SQL = `
ALTER TABLE agreement ADD COLUMN terminated_on TEXT
  CHECK (terminated_on IS NULL OR (status = 'terminated'
    AND terminated_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'));
UPDATE agreement SET terminated_on = date(coalesce(
    (SELECT l.ts FROM audit_log l
      WHERE l.table_name = 'agreement' AND l.row_id = agreement.id AND l.action = 'update'
        AND json_extract(l.after_json, '$.status') = 'terminated'
        AND json_extract(l.before_json, '$.status') <> 'terminated'
      ORDER BY l.id DESC LIMIT 1),
    updated_at), '+8 hours')
  WHERE status = 'terminated';
DROP TRIGGER audit_agreement_insert;
DROP TRIGGER audit_agreement_update;
DROP TRIGGER audit_agreement_delete;
`;

export const migration0014: Migration = {
  version: 14,
  name: 'agreement_terminated_on',
  up(sqlite) {
    sqlite.exec(SQL);
    sqlite.exec(auditTriggersSql({ table: 'agreement', columns: AGREEMENT_COLUMNS_0014, softDelete: true }));
  },
};
