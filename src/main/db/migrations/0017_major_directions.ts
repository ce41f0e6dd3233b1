import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// 专业方向 (issue 11): the state platforms report 产学合作 per 专业(方向), so a direction is a
// major row whose parent_major_id names its 专业. One level only: a direction's parent must
// be a 专业 (no parent itself) and a 专业 that has directions cannot become a direction. The
// service checks both first to name the field; the triggers keep any other writer honest.
//
// A direction usually carries its 专业's catalogue code (the catalogue gives directions no
// code of their own), so (code, level) stays unique among live 专业 only; among a 专业's live
// directions the name is unique instead.
//
// major is audited (0001): the triggers are rebuilt with the new column, as in 0012 / 0014.

export const MAJOR_COLUMNS_0017 = [
  'id', 'code', 'name', 'level', 'org_unit_id', 'created_at', 'updated_at', 'deleted_at', 'parent_major_id',
] as const;

const SQL = `
ALTER TABLE major ADD COLUMN parent_major_id TEXT REFERENCES major (id) ON DELETE RESTRICT
  CHECK (parent_major_id IS NULL OR parent_major_id <> id);
CREATE INDEX major_by_parent ON major (parent_major_id);
DROP INDEX major_code_level_live;
CREATE UNIQUE INDEX major_code_level_live ON major (code, level) WHERE deleted_at IS NULL AND parent_major_id IS NULL;
CREATE UNIQUE INDEX major_direction_name_live ON major (parent_major_id, name)
  WHERE deleted_at IS NULL AND parent_major_id IS NOT NULL;
CREATE TRIGGER major_direction_one_level_insert BEFORE INSERT ON major
WHEN NEW.parent_major_id IS NOT NULL
  AND (SELECT p.parent_major_id FROM major p WHERE p.id = NEW.parent_major_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'major.directionTooDeep'); END;
CREATE TRIGGER major_direction_one_level_update BEFORE UPDATE OF parent_major_id ON major
WHEN NEW.parent_major_id IS NOT NULL
  AND ((SELECT p.parent_major_id FROM major p WHERE p.id = NEW.parent_major_id) IS NOT NULL
    OR EXISTS (SELECT 1 FROM major c WHERE c.parent_major_id = NEW.id))
BEGIN SELECT RAISE(ABORT, 'major.directionTooDeep'); END;
DROP TRIGGER audit_major_insert;
DROP TRIGGER audit_major_update;
DROP TRIGGER audit_major_delete;
`;

export const migration0017: Migration = {
  version: 17,
  name: 'major_directions',
  up(sqlite) {
    sqlite.exec(SQL);
    sqlite.exec(auditTriggersSql({ table: 'major', columns: MAJOR_COLUMNS_0017, softDelete: true }));
  },
};
