import path from 'node:path';

export const DB_FILE_NAME = 'partnerdesk.db';
export const DATA_DIR_ENV = 'PARTNERDESK_DATA_DIR';
export const DATA_DIR_FLAG = '--data-dir';

/**
 * Precedence: `--data-dir`, then env PARTNERDESK_DATA_DIR, then `defaultDir` (the shell
 * passes Electron's data folder). Blank values count as unset, so an empty variable in a
 * launcher script does not silently put the database in the working directory.
 */
export function resolveDataDir(opts: {
  cliDataDir?: string;
  env: Record<string, string | undefined>;
  defaultDir: string;
}): string {
  const chosen = nonBlank(opts.cliDataDir) ?? nonBlank(opts.env[DATA_DIR_ENV]) ?? opts.defaultDir;
  return path.resolve(chosen);
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Reads `--data-dir <dir>` or `--data-dir=<dir>` from argv; the last one wins, as in most CLIs. */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === DATA_DIR_FLAG) found = argv[index + 1];
    else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) found = arg.slice(DATA_DIR_FLAG.length + 1);
  });
  return found;
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim().length > 0 ? value : undefined;
}
