import type BetterSqlite3 from 'better-sqlite3';
import { objectHashes, schemaFingerprint, schemaObjects } from './schemaObjects';
import { LATEST_SCHEMA_OBJECTS, SHIPPED_SCHEMA_FINGERPRINTS } from './shippedSchemas';

// A file offered for restore must have exactly the schema its user_version says: an extra
// trigger can rewrite or delete data and switch the audit log off, a dropped one stops the
// history, a lowered user_version makes every later start fail its migrations. Any difference
// refuses the file, named where we can (for the latest version, object by object).

const MAX_NAMED = 10;

/** What differs from the shipped schema of `version`; empty when the file is exactly it. */
export function schemaDifferences(sqlite: BetterSqlite3.Database, version: number): string[] {
  const expected = SHIPPED_SCHEMA_FINGERPRINTS[version];
  if (expected === undefined) return [`no PartnerDesk version has schema version ${version}`];
  const objects = schemaObjects(sqlite);
  if (schemaFingerprint(objects) === expected) return [];
  const found = objectHashes(objects);
  const latestVersion = Math.max(...Object.keys(SHIPPED_SCHEMA_FINGERPRINTS).map(Number));
  const named: string[] = [];
  for (const [key, hash] of Object.entries(found)) {
    const shipped = LATEST_SCHEMA_OBJECTS[key];
    if (shipped === undefined) named.push(`extra ${key.replace(':', ' ')}`);
    else if (version === latestVersion && shipped !== hash) named.push(`changed ${key.replace(':', ' ')}`);
  }
  if (version === latestVersion) {
    for (const key of Object.keys(LATEST_SCHEMA_OBJECTS)) if (!(key in found)) named.push(`missing ${key.replace(':', ' ')}`);
  }
  const shown = named.slice(0, MAX_NAMED);
  if (named.length > MAX_NAMED) shown.push(`… ${named.length - MAX_NAMED} more`);
  // An older version's objects are only known by their whole fingerprint.
  return shown.length > 0 ? shown : [`the schema is not the one of version ${version}`];
}
