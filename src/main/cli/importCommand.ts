import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_ENTITIES, ValueMapping, type ImportAnalysis, type ImportEntity, type ImportResult } from '@shared/domain/importing';
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
  /** A JSON file {field: {text: code | null}} (ValueMapping; keys may be the raw text). */
  values?: string | undefined;
  keepUnmapped?: boolean;
  /** false with --no-saved-mapping: no saved mapping is applied by its headers. */
  savedMapping?: boolean;
  usccUnverified?: string | undefined;
  fileDuplicates?: string | undefined;
}

type Language = Parameters<typeof translate>[0];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new DomainError('VALIDATION', `${flag} must be ${allowed.join(' or ')}`);
  return v as T;
}

function readValues(file: string | undefined): ValueMapping | undefined {
  if (!file) return undefined;
  if (!fs.existsSync(file)) throw new DomainError('NOT_FOUND', `no such file: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new DomainError('VALIDATION', `--values: ${file} is not JSON`);
  }
  const parsed = ValueMapping.safeParse(json);
  if (!parsed.success) throw new DomainError('VALIDATION', `--values: ${file} must be {"field": {"text": "code" or null}}`);
  return parsed.data;
}

/**
 * partnerdesk import FILE --entity partners [--dry-run] [--skip-invalid] [--duplicates skip|update]
 * [--values MAP.json] [--keep-unmapped] [--no-saved-mapping] [--uscc-unverified import|skip]
 * [--file-duplicates merge|skip]. Any invalid row fails the whole import (nothing written)
 * unless --skip-invalid; values that cannot be stored are warnings (the row imports, the text
 * goes to notes). With --json exactly one object {created, updated, skipped, duplicates,
 * merged, errors, warnings, unknownValues, …}. Exit 1 when the import failed.
 */
export async function importCommand(c: CommandContext, o: ImportCommandOptions): Promise<number> {
  if (!o.file) throw new DomainError('VALIDATION', 'import needs a FILE');
  const entity = o.entity ?? 'partners';
  if (!(IMPORT_ENTITIES as readonly string[]).includes(entity)) {
    throw new DomainError('VALIDATION', `--entity must be one of ${IMPORT_ENTITIES.join(', ')}`);
  }
  const duplicates = oneOf(o.duplicates, ['skip', 'update'], 'skip', '--duplicates');
  const usccUnverified = oneOf(o.usccUnverified, ['import', 'skip'], 'import', '--uscc-unverified');
  const fileDuplicates = oneOf(o.fileDuplicates, ['merge', 'skip'], 'merge', '--file-duplicates');
  const values = readValues(o.values);
  if (!fs.existsSync(o.file)) throw new DomainError('NOT_FOUND', `no such file: ${o.file}`);
  const bytes = fs.readFileSync(o.file);
  const core = await createCore({ dataDir: c.dataDir, actor: 'cli', ...(c.now ? { clock: c.now } : {}) });
  try {
    const s = core.services;
    const analysis = await s.imports.analyze({
      fileName: path.basename(o.file),
      dataBase64: '',
      bytes,
      entity: entity as ImportEntity,
      ...(values ? { values } : {}),
      keepUnmappedInNotes: o.keepUnmapped ?? false,
      useSavedMapping: o.savedMapping ?? true,
    });
    const result = await s.imports.commit({
      analysisId: analysis.analysisId,
      mode: o.skipInvalid ? 'valid-only' : 'all-or-nothing',
      decisions: { duplicates, fileDuplicates, usccUnverified },
      jobId: `cli-import-${Date.now()}`,
      dryRun: o.dryRun,
    });
    const language = (await s.settings.get()).language;
    print(c, analysis, result, language, o.dryRun);
    const failed = !o.skipInvalid && result.errors.length > 0;
    return failed ? 1 : 0;
  } finally {
    core.close();
  }
}

function print(c: CommandContext, a: ImportAnalysis, r: ImportResult, language: Language, dryRun: boolean): void {
  const errors = r.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: translate(language, e.key, e.params) }));
  // A dry run writes nothing, so the analysis's warnings are the ones the import would give.
  const warningList = dryRun || !r.committed ? a.warnings.filter((w) => !r.errors.some((e) => e.row === w.row)) : r.warnings;
  const warnings = warningList.map((w) => ({ row: w.row, column: w.column, field: w.field, code: w.code, value: w.params['value'] ?? null, message: translate(language, w.key, w.params) }));
  const unknownValues = a.unknownValues.map((u) => ({ field: u.field, column: u.column, text: u.text, count: u.count, rows: u.rows, suggestion: u.suggestion, chosen: u.chosen }));
  if (c.json) {
    c.io.out(
      JSON.stringify({
        created: r.created,
        updated: r.updated,
        skipped: r.skipped,
        duplicates: r.duplicates,
        merged: r.merged,
        errors,
        warnings,
        unknownValues,
        usccUnverifiedRows: a.usccUnverifiedRows,
        unmappedColumns: a.unmappedColumns,
        appliedMapping: a.appliedMapping,
      }),
    );
    return;
  }
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, `importReview.cli.${key}`, params);
  for (const e of errors) c.io.err(`row ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.message}`);
  if (a.appliedMapping) c.io.out(t('appliedMapping', { name: a.appliedMapping.name }));
  if (warnings.length > 0) {
    c.io.out(t('warnings', { count: warnings.length }));
    for (const w of warnings) c.io.out(`  row ${w.row}${w.column ? ` [${w.column}]` : ''}: ${w.message}`);
  }
  if (unknownValues.length > 0) {
    c.io.out(t('unknownValues', { count: unknownValues.length }));
    for (const u of unknownValues) {
      c.io.out(`  ${u.field}: ${t('unknownValue', { column: u.column, text: u.text, count: u.count, suggestion: u.suggestion ?? t('noSuggestion') })}`);
    }
  }
  if (a.unmappedColumns.length > 0 && !a.keepUnmappedInNotes) c.io.out(t('unmappedColumns', { columns: a.unmappedColumns.join('、') }));
  const verb = t(dryRun ? 'dryRun' : r.committed ? 'imported' : 'notImported');
  c.io.out(t('summary', { verb, created: r.created, updated: r.updated, merged: r.merged, skipped: r.skipped, duplicates: r.duplicates, errors: errors.length, warnings: warnings.length }));
}
