import { dialog } from 'electron';
import { toDomainError, type DomainError } from '../errors';

// Startup failures happen before any window exists, so the only UI is a native error box.
// Text is bilingual (the i18n bundle lives in the renderer, which has not loaded yet) and
// says what the user or IT staff can do, not just what went wrong.

export interface StartupErrorContext {
  dataDir?: string;
}

export interface StartupErrorText {
  title: string;
  message: string;
}

const TITLE = 'PartnerDesk 无法启动 / PartnerDesk cannot start';

function stringDetail(error: DomainError, key: string): string | undefined {
  const value = error.details?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The Electron-ABI better-sqlite3 binary is missing or built for the wrong runtime. */
function isNativeModuleFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const message = current instanceof Error ? current.message : '';
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED' || message.includes('NODE_MODULE_VERSION')) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function describeDomainError(error: DomainError, where: string): string | null {
  switch (error.code) {
    case 'DB_BUSY':
      return (
        '数据库正被另一程序/用户使用。请关闭其他 PartnerDesk 窗口（包括其他用户或其他电脑上打开的）后重试。\n' +
        'The database is in use by another program or user. Close other PartnerDesk windows ' +
        `(including ones opened by other users or on other computers) and try again.${where}`
      );
    case 'DB_TOO_NEW':
      return (
        '数据库由更新版本的 PartnerDesk 创建，当前版本无法打开。请升级 PartnerDesk。\n' +
        'The database was written by a newer version of PartnerDesk. Update PartnerDesk to open it.' +
        where
      );
    case 'MIGRATION_FAILED': {
      const backup = stringDetail(error, 'backupFile');
      const backupLine = backup
        ? `\n\n升级前的备份 / Backup taken before the upgrade:\n${backup}`
        : '\n\n数据未被修改 / The data was not changed.';
      return (
        '数据库升级失败，已回滚，数据保持升级前的状态。请联系 IT 支持并提供此信息。\n' +
        'Upgrading the database failed and was rolled back. Please contact IT support with this message.' +
        backupLine +
        where
      );
    }
    case 'CORRUPT': {
      const quarantine = stringDetail(error, 'quarantineDir');
      const moved = quarantine ? `\n\n损坏的文件已移至 / The damaged file was moved to:\n${quarantine}` : '';
      return (
        '数据库文件已损坏。请联系 IT 支持，从数据目录下 backups 文件夹中的备份恢复（partnerdesk restore FILE）。\n' +
        'The database file is damaged. Contact IT support to restore it from a backup in the ' +
        `"backups" folder of the data folder (partnerdesk restore FILE).${moved}${where}`
      );
    }
    case 'UNSAFE_LOCATION':
      // The core's message names the folder and the kind of location in both languages.
      return `${error.message}${where}`;
    case 'DISK_FULL':
      return `磁盘空间不足，请释放空间后重试。\nThe disk is full. Free some space and try again.${where}`;
    case 'IO_ERROR':
      return `读写磁盘时出错，请检查磁盘或 U 盘是否仍连接。\nThe disk could not be read or written. Check that the drive is still connected.${where}`;
    default:
      return null;
  }
}

/** Pure text for the error box; exported for tests. */
export function describeStartupError(error: unknown, context: StartupErrorContext = {}): StartupErrorText {
  const where = context.dataDir ? `\n\n数据目录 / Data folder:\n${context.dataDir}` : '';
  // toDomainError also maps raw SQLite errors (SQLITE_BUSY → DB_BUSY) that escaped unwrapped.
  const message = describeDomainError(toDomainError(error), where);
  if (message) return { title: TITLE, message };
  if (isNativeModuleFailure(error)) {
    return {
      title: TITLE,
      message:
        '数据库组件 (better-sqlite3) 无法加载，安装可能不完整。请重新安装 PartnerDesk。\n' +
        'The database component (better-sqlite3) could not be loaded; the installation may be incomplete. ' +
        'Reinstall PartnerDesk (developers: run `node scripts/electron-native.mjs`).' +
        where,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: TITLE,
    message: `启动时发生意外错误 / An unexpected error occurred during startup:\n${detail}${where}`,
  };
}

/** Synchronous by design: it must be visible before the app exits. */
export function showStartupError(error: unknown, context: StartupErrorContext = {}): void {
  const { title, message } = describeStartupError(error, context);
  dialog.showErrorBox(title, message);
}
