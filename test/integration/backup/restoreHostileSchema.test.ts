import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { backupsOf, dumpTables, rejectionOf, startCore } from './helpers';

// Issue 13 (H1, H2): a file offered for restore must have exactly the schema of its version.
// Each hostile variant of a real backup is refused with VALIDATION (backup.schemaMismatch),
// the difference named, and the current data, its history and the backups left as they were.

interface Variant {
  name: string;
  tamper: (sqlite: BetterSqlite3.Database, version: number) => void;
  /** A text the named differences must contain. */
  named: RegExp;
}

const VARIANTS: Variant[] = [
  {
    name: 'an extra trigger that renames every new partner',
    tamper: (db) => db.exec("CREATE TRIGGER pwn AFTER INSERT ON organisation BEGIN UPDATE organisation SET full_name = 'PWNED-' || NEW.full_name WHERE id = NEW.id; END"),
    named: /extra trigger pwn/,
  },
  {
    name: 'a trigger that switches the audit log off',
    tamper: (db) => db.exec('CREATE TRIGGER quiet BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END'),
    named: /extra trigger quiet/,
  },
  {
    name: 'a dropped audit trigger',
    tamper: (db) => {
      const trigger = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'organisation' ORDER BY name").pluck().get() as string;
      db.exec(`DROP TRIGGER "${trigger}"`);
    },
    named: /missing trigger /,
  },
  {
    name: 'an audit trigger rewritten to record nothing',
    tamper: (db) => {
      const row = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'contact' ORDER BY name").get() as { name: string };
      db.exec(`DROP TRIGGER "${row.name}"; CREATE TRIGGER "${row.name}" AFTER UPDATE ON contact BEGIN SELECT 1; END`);
    },
    named: /changed trigger /,
  },
  { name: 'an extra view', tamper: (db) => db.exec('CREATE VIEW leak AS SELECT full_name FROM organisation'), named: /extra view leak/ },
  { name: 'an extra index', tamper: (db) => db.exec('CREATE INDEX idx_extra ON organisation(notes)'), named: /extra index idx_extra/ },
  {
    name: 'a lowered user_version (the schema of a later version)',
    tamper: (db, version) => db.pragma(`user_version = ${version - 1}`),
    named: /./,
  },
];

describe('restore refuses a file whose schema is not its version’s', () => {
  it('refuses every hostile variant, names the difference and changes nothing', async () => {
    const dataDir = makeTempDir();
    const core = await startCore(dataDir);
    await core.services.seed.sample({ mode: 'sample' });
    const { backup } = await core.services.backups.create('manual');
    const source = path.join(dataDir, 'backups', backup.fileName);
    const before = dumpTables(core.database.sqlite, { includeHistory: true });
    const backupsBefore = backupsOf(dataDir);
    const work = makeTempDir();

    for (const variant of VARIANTS) {
      const file = path.join(work, `${variant.name.replace(/\W+/g, '-')}.sqlite`);
      fs.copyFileSync(source, file); // a closed, checkpointed backup file: copying it is safe
      const raw = openDatabase(file, { actor: () => 'attacker' });
      variant.tamper(raw.sqlite, core.schemaVersion());
      raw.sqlite.pragma('journal_mode = DELETE');
      raw.close();

      const upload = { source: 'upload' as const, fileName: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') };
      for (const attempt of [() => core.services.backups.inspect(upload), () => core.services.backups.restore(upload)]) {
        const error = await rejectionOf(attempt());
        expect(error.code, variant.name).toBe('VALIDATION');
        expect(error.issues, variant.name).toEqual([{ path: ['file'], message: 'backup.schemaMismatch' }]);
        expect((error.details?.['differences'] as string[]).join('; '), variant.name).toMatch(variant.named);
      }
    }

    expect(dumpTables(core.database.sqlite, { includeHistory: true })).toEqual(before);
    expect(backupsOf(dataDir)).toEqual(backupsBefore);
    expect(core.services.backups.list().restorePending).toBe(false);
    // The untouched backup still restores.
    await expect(core.services.backups.inspect({ source: 'backup', fileName: backup.fileName })).resolves.toMatchObject({ schemaVersion: core.schemaVersion() });
  });
});
