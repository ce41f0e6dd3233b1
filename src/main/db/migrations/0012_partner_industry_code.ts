import type { Migration } from '../migrate';
import { auditTriggersSql, ENTITY_TAIL } from './auditTriggers';

// Partners keep the most specific GB/T 4754 code they were given (大类 2, 中类 3 or 小类 4
// digits, issue 10); industry_section / industry_division stay as the derived 门类 / 大类 that
// filters, the dashboard and the reports group by. The service checks the code exists and
// derives the other two; the CHECKs here hold the shape and the 大类 agreement on every way in.
//
// Existing 大类 become the code (what the service does for a 大类 given alone). The backfill
// runs while the old audit triggers, which do not list industry_code, are still in place, so
// it adds no audit rows and leaves updated_at alone; the triggers are then rebuilt with the
// new column so later changes to it are audited.

export const ORGANISATION_COLUMNS_0012 = [
  'id', 'kind', 'full_name', 'uscc', 'uscc_check_overridden', 'aliases_json', 'industry_section',
  'industry_division', 'industry_code', 'size', 'nature', 'region_code', 'region_name', 'address', 'website',
  'legal_representative', 'cjrh_level', 'status', 'source', 'owner_org_unit_id', 'tags_json', 'notes',
  ...ENTITY_TAIL,
] as const;

const SQL = `
ALTER TABLE organisation ADD COLUMN industry_code TEXT
  CHECK (industry_code IS NULL OR (length(industry_code) BETWEEN 2 AND 4 AND industry_code NOT GLOB '*[^0-9]*'
    AND industry_division IS substr(industry_code, 1, 2)));
UPDATE organisation SET industry_code = industry_division
  WHERE industry_division IS NOT NULL AND industry_division NOT GLOB '*[^0-9]*' AND industry_division BETWEEN '01' AND '97';
DROP TRIGGER audit_organisation_insert;
DROP TRIGGER audit_organisation_update;
DROP TRIGGER audit_organisation_delete;
`;

export const migration0012: Migration = {
  version: 12,
  name: 'partner_industry_code',
  up(sqlite) {
    sqlite.exec(SQL);
    sqlite.exec(auditTriggersSql({ table: 'organisation', columns: ORGANISATION_COLUMNS_0012, softDelete: true }));
  },
};
