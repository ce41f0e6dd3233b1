import type { Migration } from '../migrate';
import { migration0001 } from './0001_reference_and_partners';
import { migration0002 } from './0002_agreements_and_interactions';
import { migration0003 } from './0003_programmes';
import { migration0004 } from './0004_courses_and_funding';
import { migration0005 } from './0005_attachments_reminders_documents';
// [search] migration import (0006)
import { migration0006 } from './0006_search';
// [programmes] migration import (0007)
import { migration0007 } from './0007_co_built_majors';
// [documents] migration import (0008)
import { migration0008 } from './0008_document_versions';
// [import] migration import (0009)
import { migration0009 } from './0009_import_batches_and_mappings';
// [base-equipment] migration import (0010)
import { migration0010 } from './0010_base_equipment_figures';
// [import-placements] migration import (0011)
import { migration0011 } from './0011_import_placement_stats';
// [industry-code] migration import (0012)
import { migration0012 } from './0012_partner_industry_code';
// [import-values] migration import (0013)
import { migration0013 } from './0013_import_mapping_values';
// [terminated-on] migration import (0014)
import { migration0014 } from './0014_agreement_terminated_on';
// [record-majors] migration import (0015)
import { migration0015 } from './0015_record_majors';
// [base-full-table] migration import (0016)
import { migration0016 } from './0016_base_full_table';
// [major-directions] migration import (0017)
import { migration0017 } from './0017_major_directions';
// [contact-pinyin] migration import (0018)
import { migration0018 } from './0018_contact_pinyin';

/** Every schema change, in order. Never edit a shipped migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  // [search] migration 0006
  migration0006,
  // [programmes] migration 0007
  migration0007,
  // [documents] migration 0008
  migration0008,
  // [import] migration 0009
  migration0009,
  // [base-equipment] migration 0010
  migration0010,
  // [import-placements] migration 0011
  migration0011,
  // [industry-code] migration 0012
  migration0012,
  // [import-values] migration 0013
  migration0013,
  // [terminated-on] migration 0014
  migration0014,
  // [record-majors] migration 0015
  migration0015,
  // [base-full-table] migration 0016
  migration0016,
  // [major-directions] migration 0017
  migration0017,
  // [contact-pinyin] migration 0018
  migration0018,
];
