import os from 'node:os';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../db/dataDir';
import { DomainError } from '../errors';
import { backupCommand, checkCommand, initCommand, searchCommand, seedCommand, type CommandContext } from './commands';
import { platformDataDir } from './defaultDataDir';
import { REPORT_USAGE, reportCommand } from './reportCommand';
// [documents] command import
import { documentCommand } from './documentCommand';
// [import] command import
import { importCommand } from './importCommand';
import { printFailure, processIo, type CliIo } from './output';
// [sample-clear] cli import
import { clearSampleCommand } from './clearSampleCommand';
// [backup] cli imports
import { exportCommand, restoreCommand } from './backupCommands';

const USAGE = [
  'usage: partnerdesk [--data-dir DIR] [--json] <command>',
  '',
  'commands:',
  '  init                    create or upgrade the database',
  '  seed --sample           load the sample dataset (about 60 partners)',
  '  seed --scale N [--seed S]  generate N partners with related records (reproducible)',
  '  clear-sample            remove the sample data nobody changed or uses (a backup first; restore it to undo)',
  '  check                   integrity_check, foreign_key_check and schema version; prints ok',
  '  backup --out FILE       write a verified backup (attachments into PartnerDesk-attachments/ beside it)',
  '  search QUERY            partners, contacts, agreements and courses matching QUERY (pinyin works for names)',
  // [reports] usage
  ...REPORT_USAGE,
  // [documents] usage
  '  document AGREEMENT_ID [--template TEMPLATE_ID] [--lang zh|en] --out FILE.pdf|.docx   print an agreement document',
  // [import] usage
  '  import FILE --entity E [--dry-run] [--skip-invalid] [--duplicates skip|update]',
  '                          import xlsx/csv (E: partners, agreements, courses, fundingTxns, baseYearStats, placementStats,',
  '                          partTimeTeachers, contributions)',
  '              [--values MAP.json] [--keep-unmapped] [--no-saved-mapping]',
  '              [--uscc-unverified import|skip] [--file-duplicates merge|skip]',
  '                          MAP.json: {"field": {"text as typed": "code" or null}}; saved mappings apply by their headers',
  // [backup] usage
  '  export FILE.xlsx        every table to one workbook (a sheet per table, trashed rows included)',
  '  restore FILE            verify FILE, back up the current data, restore FILE; prints record counts before/after',
  '                          (attachments missing here come back from PartnerDesk-attachments/ next to FILE)',
  '',
  "The data folder is --data-dir, else $PARTNERDESK_DATA_DIR, else the app's own folder.",
].join('\n');

/** Runs one CLI invocation; returns the exit code (never calls process.exit, so tests can call it). */
export async function runCli(argv: readonly string[], io: CliIo = processIo, env = process.env): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        sample: { type: 'boolean', default: false },
        scale: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        // [reports] options
        period: { type: 'string' },
        layout: { type: 'string' },
        'org-unit': { type: 'string' },
        major: { type: 'string' },
        partner: { type: 'string' },
        // [documents] options
        template: { type: 'string' },
        lang: { type: 'string' },
        // [import] options
        entity: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        duplicates: { type: 'string' },
        values: { type: 'string' },
        'keep-unmapped': { type: 'boolean', default: false },
        'no-saved-mapping': { type: 'boolean', default: false },
        'uscc-unverified': { type: 'string' },
        'file-duplicates': { type: 'string' },
        // [backup] options
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    json = values.json ?? false;
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return values.help ? 0 : 2;
    }
    // Search takes words after the command (the query: "华为 深圳" is two terms); report,
    // document, import, export and restore take exactly one (an id or a file).
    const onePositional = ['report', 'document', 'import', 'export', 'restore'];
    if (command !== 'search' && rest.length > (onePositional.includes(command) ? 1 : 0)) {
      throw new DomainError('VALIDATION', `unexpected argument: ${rest[onePositional.includes(command) ? 1 : 0]}`);
    }
    const dataDir = resolveDataDir({
      ...(values['data-dir'] ? { cliDataDir: values['data-dir'] } : {}),
      env,
      defaultDir: platformDataDir(process.platform, env, os.homedir()),
    });
    const ctx: CommandContext = { dataDir, json, io };
    switch (command) {
      case 'init':
        await initCommand(ctx);
        break;
      case 'seed':
        await seedCommand(ctx, { sample: values.sample ?? false, scale: parseCount(values.scale), seed: Number(values.seed) });
        break;
      case 'clear-sample':
        await clearSampleCommand(ctx);
        break;
      case 'check':
        await checkCommand(ctx);
        break;
      case 'backup':
        await backupCommand(ctx, values.out);
        break;
      case 'search':
        await searchCommand(ctx, rest.join(' '));
        break;
      // [reports] commands
      case 'report':
        await reportCommand(ctx, rest[0], {
          period: values.period,
          layout: values.layout,
          out: values.out,
          orgUnit: values['org-unit'],
          major: values.major,
          partner: values.partner,
        });
        break;
      // [documents] commands
      case 'document':
        await documentCommand(ctx, { agreementId: rest[0], template: values.template, lang: values.lang, out: values.out });
        break;
      // [import] commands
      case 'import':
        return await importCommand(ctx, {
          file: rest[0],
          entity: values.entity,
          dryRun: values['dry-run'] ?? false,
          skipInvalid: values['skip-invalid'] ?? false,
          duplicates: values.duplicates,
          values: values.values,
          keepUnmapped: values['keep-unmapped'] ?? false,
          savedMapping: !(values['no-saved-mapping'] ?? false),
          usccUnverified: values['uscc-unverified'],
          fileDuplicates: values['file-duplicates'],
        });
      // [backup] commands
      case 'export':
        await exportCommand(ctx, rest[0]);
        break;
      case 'restore':
        await restoreCommand(ctx, rest[0]);
        break;
      default:
        throw new DomainError('VALIDATION', `unknown command: ${command} (see --help)`);
    }
    return 0;
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      printFailure(io, json, new DomainError('VALIDATION', error.message));
    } else {
      printFailure(io, json, error);
    }
    return 1;
  }
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000) {
    throw new DomainError('VALIDATION', `--scale needs a whole number from 1 to 1000000, got ${value}`);
  }
  return Number(value);
}

// Run when executed directly (tsx src/main/cli/index.ts, or the bin), not when imported by tests.
const invokedDirectly = process.argv[1] !== undefined && /cli[\\/]index\.(ts|js)$/.test(process.argv[1]);
if (invokedDirectly) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
