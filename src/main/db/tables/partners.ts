import type { Generated } from 'kysely';
import type {
  CJRH_LEVELS,
  INDUSTRY_SECTIONS,
  ORG_KINDS,
  ORG_NATURES,
  ORG_SIZES,
  PARTNER_SOURCES,
  PARTNER_STATUSES,
} from '@shared/domain/enums';

type Of<T extends readonly string[]> = T[number];

// Tables of migration 0001 (partners and their contacts). Booleans are 0/1, lists JSON text.

export interface OrganisationTable {
  id: string;
  kind: Of<typeof ORG_KINDS>;
  full_name: string;
  /** normalizeForMatching(full_name), for duplicate detection (migration 0006); written via withNameKey. */
  name_key: string | null;
  uscc: string | null;
  uscc_check_overridden: Generated<number>;
  aliases_json: Generated<string>;
  industry_section: Of<typeof INDUSTRY_SECTIONS> | null;
  industry_division: string | null;
  /** Most specific GB/T 4754 code (2–4 digits), migration 0012; industry_division is its first two. */
  industry_code: string | null;
  size: Of<typeof ORG_SIZES> | null;
  nature: Of<typeof ORG_NATURES> | null;
  region_code: string | null;
  region_name: string | null;
  address: string | null;
  website: string | null;
  legal_representative: string | null;
  cjrh_level: Of<typeof CJRH_LEVELS> | null;
  status: Of<typeof PARTNER_STATUSES>;
  source: Of<typeof PARTNER_SOURCES> | null;
  owner_org_unit_id: string | null;
  tags_json: Generated<string>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** 在岗职工总数, 人 (R5), migration 0016. */
  employee_count: number | null;
}

export interface ContactTable {
  id: string;
  organisation_id: string;
  name: string;
  title: string | null;
  department: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  is_primary: Generated<number>;
  is_part_time_teacher: Generated<number>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface PartnerTables {
  organisation: OrganisationTable;
  contact: ContactTable;
}
