import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_ENTITIES, type ImportEntity, type ImportResult } from '@shared/domain/importing';
import { createCore } from '../core';
import { DomainError } from '../errors';
import { translate } from '../import/translate';
import type { CommandContext } from './commands';

export interface ImportCommandOptions {
  file: string | undefined;
  entity: string | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
  duplicates: string | undefined;
}

/**
 * partnerdesk import FILE --entity partners [--dry-run] [--skip-invalid] [--duplicates skip|update].
 * Any invalid row fails the whole import (nothing written) unless --skip-invalid; with
 * --json exactly one object {created, updated, skipped, duplicates, errors}. Exit 1 when
 * the import failed (something invalid without --skip-invalid).
 */
export async function importCommand(c: CommandContext, o: ImportCommandOptions): Promise<number> {
  if (!o.file) throw new DomainError('VALIDATION', 'import needs a FILE');
  const entity = o.entity ?? 'partners';
  if (!(IMPORT_ENTITIES as readonly string[]).includes(entity)) {
    throw new DomainError('VALIDATION', `--entity must be one of ${IMPORT_ENTITIES.join(', ')}`);
  }
  const duplicates = o.duplicates ?? 'skip';
  if (duplicates !== 'skip' && duplicates !== 'update') throw new DomainError('VALIDATION', '--duplicates must be skip or update');
  if (!fs.existsSync(o.file)) throw new DomainError('NOT_FOUND', `no such file: ${o.file}`);
  const bytes = fs.readFileSync(o.file);
  const core = await createCore({ dataDir: c.dataDir, actor: 'cli', ...(c.now ? { clock: c.now } : {}) });
  try {
    const s = core.services;
    const analysis = await s.imports.analyze({ fileName: path.basename(o.file), dataBase64: '', bytes, entity: entity as ImportEntity });
    const result = await s.imports.commit({
      analysisId: analysis.analysisId,
      mode: o.skipInvalid ? 'valid-only' : 'all-or-nothing',
      decisions: { duplicates },
      jobId: `cli-import-${Date.now()}`,
      dryRun: o.dryRun,
    });
    const language = (await s.settings.get()).language;
    print(c, result, language, o.dryRun);
    const failed = !o.skipInvalid && result.errors.length > 0;
    return failed ? 1 : 0;
  } finally {
    core.close();
  }
}

function print(c: CommandContext, r: ImportResult, language: Parameters<typeof translate>[0], dryRun: boolean): void {
  const errors = r.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: translate(language, e.key, e.params) }));
  if (c.json) {
    c.io.out(JSON.stringify({ created: r.created, updated: r.updated, skipped: r.skipped, duplicates: r.duplicates, errors }));
    return;
  }
  for (const e of errors) c.io.err(`row ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.message}`);
  const verb = dryRun ? 'dry run, nothing written' : r.committed ? 'imported' : 'nothing imported';
  c.io.out(`${verb}: created ${r.created}, updated ${r.updated}, skipped ${r.skipped}, duplicates ${r.duplicates}, errors ${errors.length}`);
}
