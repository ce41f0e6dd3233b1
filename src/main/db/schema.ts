// The kysely database type: one interface per table, written by hand next to the
// migration that creates it (see tables/*.ts). Kept in step by test/integration/db/schemaTypes.test.ts.
export type { DB } from './tables';
