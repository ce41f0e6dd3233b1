import type { Database } from 'better-sqlite3';
import { type DatabaseConnection, type Driver, SqliteDialect, type SqliteDialectConfig } from 'kysely';

// On SQLITE_FULL or an I/O error SQLite may roll the transaction back by itself. Kysely then
// sends ROLLBACK (or ROLLBACK TO a savepoint), which fails with "cannot rollback - no
// transaction is active" and replaces the real error: the user would read 内部错误 instead
// of 磁盘空间不足. With no transaction left there is nothing to undo, so the driver skips it
// and the original error reaches the service.

/** Kysely's SQLite dialect whose rollbacks are skipped once SQLite has already rolled back. */
export class RollbackSafeSqliteDialect extends SqliteDialect {
  readonly #sqlite: Database;

  constructor(config: SqliteDialectConfig & { database: Database }) {
    super(config);
    this.#sqlite = config.database;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const sqlite = this.#sqlite;
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection: DatabaseConnection): Promise<void> => {
      if (sqlite.open && sqlite.inTransaction) await rollback(connection);
    };
    const toSavepoint = driver.rollbackToSavepoint?.bind(driver);
    if (toSavepoint) {
      driver.rollbackToSavepoint = async (connection, name, compileQuery) => {
        if (sqlite.open && sqlite.inTransaction) await toSavepoint(connection, name, compileQuery);
      };
    }
    return driver;
  }
}
