import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../core';
import { DomainError } from '../errors';
import { openDatabase } from '../db/openDatabase';
import { databaseFile } from '../db/dataDir';
import { checkDatabase } from '../db/checkDatabase';
import { createVerifiedBackup } from '../db/backup';
import { NO_JOB } from '../jobs/jobRegistry';
import { backUpWithAttachments } from '../backup/folderBackup';
import { attachmentsLine } from './attachmentLines';
import { printResult, type CliIo } from './output';
import { searchLines } from './searchOutput';

export interface CommandContext {
  dataDir: string;
  json: boolean;
  io: CliIo;
  now?: () => Date;
}

async function withCore<T>(c: CommandContext, run: (core: Core) => Promise<T>): Promise<T> {
  const core = await createCore({ dataDir: c.dataDir, actor: 'cli', ...(c.now ? { clock: c.now } : {}) });
  try {
    return await run(core);
  } finally {
    core.close();
  }
}

function requireExistingDatabase(dataDir: string): string {
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file)) {
    throw new DomainError('NOT_FOUND', `no database at ${file} (run "partnerdesk init" first)`);
  }
  return file;
}

export async function initCommand(c: CommandContext): Promise<void> {
  await withCore(c, async (core) => {
    printResult(c.io, c.json, { dataDir: core.dataDir, dbFile: core.dbFile, schemaVersion: core.schemaVersion() }, [
      `database ready: ${core.dbFile} (schema v${core.schemaVersion()})`,
    ]);
  });
}

export async function seedCommand(c: CommandContext, opts: { sample: boolean; scale?: number; seed: number }): Promise<void> {
  if (opts.sample === (opts.scale !== undefined)) {
    throw new DomainError('VALIDATION', 'seed needs exactly one of --sample or --scale N');
  }
  await withCore(c, async (core) => {
    const counts =
      opts.scale !== undefined
        ? await core.services.seed.scale({ partners: opts.scale, seed: opts.seed })
        : await core.services.seed.sample({ mode: 'sample' });
    const summary = Object.entries(counts).map(([k, v]) => `${k}: ${v}`);
    printResult(c.io, c.json, { counts }, [`seeded ${summary.join(', ')}`]);
  });
}

export async function checkCommand(c: CommandContext): Promise<void> {
  const file = requireExistingDatabase(c.dataDir);
  const app = openDatabase(file, { actor: () => 'cli' });
  try {
    const result = checkDatabase(app.sqlite);
    if (!result.ok) {
      const why = [
        result.integrity.join('; ') !== 'ok' ? `integrity: ${result.integrity.slice(0, 3).join('; ')}` : '',
        result.foreignKeyViolations ? `${result.foreignKeyViolations} foreign key violations` : '',
        result.schemaVersion !== result.expectedVersion
          ? `schema v${result.schemaVersion}, expected v${result.expectedVersion}`
          : '',
      ].filter(Boolean);
      throw new DomainError('CORRUPT', `check failed: ${why.join(', ')}`, { details: { ...result } });
    }
    printResult(c.io, c.json, { ...result }, ['ok']);
  } finally {
    app.close();
  }
}

export async function backupCommand(c: CommandContext, out: string | undefined): Promise<void> {
  if (!out) throw new DomainError('VALIDATION', 'backup needs --out FILE');
  const file = requireExistingDatabase(c.dataDir);
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new DomainError('CONFLICT', `${target} already exists`);
  const app = openDatabase(file, { actor: () => 'cli' });
  try {
    let schemaVersion = 0;
    // [backup] the referenced attachment files go to PartnerDesk-attachments/ next to FILE
    const result = await backUpWithAttachments({
      dataDir: c.dataDir,
      job: NO_JOB,
      writeDatabase: async () => {
        const backup = await createVerifiedBackup(app.sqlite, target);
        schemaVersion = backup.schemaVersion;
        return backup.file;
      },
    });
    const bytes = fs.statSync(result.file).size;
    printResult(
      c.io,
      c.json,
      { file: result.file, bytes, schemaVersion, attachmentsFolder: result.attachmentsFolder, attachments: result.attachments },
      [`verified backup written: ${result.file} (${bytes} bytes, schema v${schemaVersion})`, attachmentsLine(result.attachments, result.attachmentsFolder)],
    );
  } finally {
    app.close();
  }
}

/** The global search over an existing database: grouped lines, or with --json one array of {type, id, title}. */
export async function searchCommand(c: CommandContext, query: string): Promise<void> {
  if (query.trim().length === 0) throw new DomainError('VALIDATION', 'search needs a QUERY');
  requireExistingDatabase(c.dataDir);
  await withCore(c, async (core) => {
    const result = await core.services.search.global({ q: query, limit: 20 });
    const hits = result.groups.flatMap((g) => g.items.map(({ type, id, title }) => ({ type, id, title })));
    if (c.json) c.io.out(JSON.stringify(hits));
    else for (const line of searchLines(result)) c.io.out(line);
  });
}
