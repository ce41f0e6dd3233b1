import fs from 'node:fs';
import type { AppDatabase } from './db/openDatabase';
import { latestVersion, migrate, schemaVersion } from './db/migrate';
import type { DesktopPort } from './files/desktopPort';
import { MIGRATIONS } from './db/migrations';
import { backupsDir, databaseFile } from './db/dataDir';
import { currentOsUser } from './db/sqlFunctions';
import { createServices, type Services } from './services';
import type { PdfPrinter } from './pdf/pdfPrinter';
import type { AppEvents } from './jobs/appEvents';
import type { ServiceContext } from './services/context';
import { assertSafeLiveLocation, type PathPolicyContext } from './db/pathPolicy';
import { createWindowsDriveType } from './db/windowsDriveType';
import { openCheckedDatabase } from './backup/startupChecks';
import { applyPendingRestore, finishRestoreReport } from './backup/restoreFiles';
import { recordCounts } from './backup/dataTables';

export interface CoreConfig {
  dataDir: string;
  /** Electron-ABI better-sqlite3 binary; unset under plain Node (tests, CLI, harness). */
  nativeBinding?: string;
  /** Injected clock, so tests can fix "today". */
  clock?: () => Date;
  /** Name recorded in the audit log; defaults to the OS user. */
  actor?: string;
  appVersion?: string;
  /** Opens stored attachments: Electron's shell in the app, a recorder in the e2e harness. */
  desktop?: DesktopPort;
  /** Electron's printToPDF in the app; Chromium via playwright-core in the CLI and tests. */
  pdfPrinter?: PdfPrinter;
  /** Where the live database may not be (reliability.md §1); the shell injects the drive type. Defaults to this process. */
  pathPolicy?: PathPolicyContext;
  /** The Electron shell: app.relaunch + exit, so a staged restore is applied at once. */
  relaunch?: () => void;
}

export interface Core {
  dataDir: string;
  dbFile: string;
  appVersion: string;
  database: AppDatabase;
  services: Services;
  /** Progress and other main → renderer notifications; the shell and harness forward them. */
  events: AppEvents;
  schemaVersion(): number;
  close(): void;
}

/**
 * The application core: open, migrate (with a verified backup first), build services.
 * Nothing here imports electron; the shell, the CLI and the e2e harness all start here.
 */
export async function createCore(config: CoreConfig): Promise<Core> {
  // [backup] refuse network/sync/removable folders before creating anything there
  assertSafeLiveLocation(
    config.dataDir,
    config.pathPolicy ?? {
      platform: process.platform,
      env: process.env,
      ...(process.platform === 'win32' ? { driveType: createWindowsDriveType() } : {}),
    },
  );
  fs.mkdirSync(config.dataDir, { recursive: true });
  const now = config.clock ?? (() => new Date());
  const actor = config.actor ?? currentOsUser();
  const dbFile = databaseFile(config.dataDir);
  const binding = config.nativeBinding ? { nativeBinding: config.nativeBinding } : {};
  // [backup] a restore staged by backups:restore / `partnerdesk restore` is applied before the open
  const restored = applyPendingRestore({ dataDir: config.dataDir, dbFile, now: now(), latestVersion: latestVersion(MIGRATIONS), ...binding });
  // [backup] quick_check; a damaged file is moved to quarantine/ and CORRUPT offers the latest verified backup
  const database = openCheckedDatabase({ dataDir: config.dataDir, dbFile, now, actor, ...binding });
  try {
    await migrate(database, { migrations: MIGRATIONS, backupDir: backupsDir(config.dataDir), now });
    if (restored) finishRestoreReport(config.dataDir, restored, recordCounts(database.sqlite), now());
  } catch (error) {
    database.close();
    throw error;
  }
  const ctx: ServiceContext = { db: database.db, sqlite: database.sqlite, now };
  const appVersion = config.appVersion ?? '0.0.0';
  let closed = false;
  const services = createServices(
    ctx,
    {
      info: () => ({
        version: appVersion,
        dataDir: config.dataDir,
        dbFile,
        schemaVersion: schemaVersion(database.sqlite),
      }),
    },
    {
      ...(config.desktop ? { desktop: config.desktop } : {}),
      ...(config.pdfPrinter ? { pdfPrinter: config.pdfPrinter } : {}),
    },
  );
  if (config.desktop) services.attachments.connectDesktop(config.desktop);
  if (config.relaunch) services.backups.connectRelaunch(config.relaunch);
  const core: Core = {
    dataDir: config.dataDir,
    dbFile,
    appVersion,
    database,
    services,
    events: services.events,
    schemaVersion: () => schemaVersion(database.sqlite),
    close() {
      if (closed) return;
      closed = true;
      database.close();
    },
  };
  return core;
}
