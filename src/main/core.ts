import fs from 'node:fs';
import { openDatabase, type AppDatabase } from './db/openDatabase';
import { migrate, schemaVersion } from './db/migrate';
import type { DesktopPort } from './files/desktopPort';
import { MIGRATIONS } from './db/migrations';
import { backupsDir, databaseFile } from './db/dataDir';
import { currentOsUser } from './db/sqlFunctions';
import { createServices, type Services } from './services';
import type { PdfPrinter } from './pdf/pdfPrinter';
import type { AppEvents } from './jobs/appEvents';
import type { ServiceContext } from './services/context';

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
  fs.mkdirSync(config.dataDir, { recursive: true });
  const now = config.clock ?? (() => new Date());
  const actor = config.actor ?? currentOsUser();
  const dbFile = databaseFile(config.dataDir);
  const database = openDatabase(dbFile, {
    ...(config.nativeBinding ? { nativeBinding: config.nativeBinding } : {}),
    actor: () => actor,
    now,
  });
  try {
    await migrate(database, { migrations: MIGRATIONS, backupDir: backupsDir(config.dataDir), now });
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
