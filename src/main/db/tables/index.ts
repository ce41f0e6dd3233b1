import type { ReferenceTables } from './reference';
import type { PartnerTables } from './partners';
import type { AgreementTables } from './agreements';
import type { ProgrammeTables } from './programmes';
import type { CourseFundingTables } from './coursesFunding';
import type { SupportTables } from './support';
// [documents] tables of migration 0008
import type { DocumentTables } from './documents';

/** The whole database as kysely sees it. Column names are snake_case, as in SQL. */
export interface DB
  extends ReferenceTables,
    PartnerTables,
    AgreementTables,
    ProgrammeTables,
    CourseFundingTables,
    SupportTables,
    DocumentTables {}
