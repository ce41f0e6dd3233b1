import { DomainError } from '../errors';

// reliability.md §1 "Where the live file may live". SQLite's WAL needs shared memory and
// working locks, which network filesystems do not give; sync clients (OneDrive, 坚果云,
// 百度网盘, WPS 云盘, Dropbox) copy the .db without its -wal and without locks; removable
// media vanish mid-write. So the LIVE database is refused there. Verified backups are
// self-contained files and may go to any of these places. Pure: the drive type is injected.

export type UnsafeReason = 'unc' | 'networkDrive' | 'cloudSync' | 'removable';

export interface LocationProblem {
  reason: UnsafeReason;
  /** For cloudSync: which service (OneDrive, 坚果云 …). */
  provider?: string;
}

/** Windows GetDriveType values the shell may report: 2 removable, 4 remote (mapped network drive). */
export const DRIVE_REMOVABLE = 2;
export const DRIVE_REMOTE = 4;

export interface PathPolicyContext {
  platform: string;
  env: Record<string, string | undefined>;
  /** GetDriveType of a drive root such as `Z:\`; undefined when unknown. */
  driveType?: (root: string) => number | undefined;
}

const ONEDRIVE_ENV = ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer'] as const;

/** Folder names sync clients create; compared case-insensitively, whole segments only. */
const SYNC_SEGMENTS: { provider: string; test: (segment: string) => boolean }[] = [
  { provider: 'OneDrive', test: (s) => s === 'onedrive' || s.startsWith('onedrive - ') || s.startsWith('onedrive-') },
  { provider: 'Dropbox', test: (s) => s === 'dropbox' || s.startsWith('dropbox (') },
  { provider: '坚果云', test: (s) => s.includes('坚果云') || s === 'nutstore' || s.startsWith('nutstore ') },
  {
    provider: '百度网盘',
    test: (s) => s.includes('百度网盘') || s.includes('百度云') || s === 'baidunetdisk' || s === 'baidusyncdisk' || s.startsWith('baidunetdisk'),
  },
  { provider: 'WPS 云盘', test: (s) => /^wps\s*云(盘|文档)/.test(s) || s === 'wpsdrive' || s === 'wps cloud files' },
  { provider: 'iCloud', test: (s) => s === 'icloud drive' || s === 'iclouddrive' || s === 'mobile documents' },
  { provider: 'Google Drive', test: (s) => s === 'google drive' || s === 'googledrive' },
  // macOS File Provider: ~/Library/CloudStorage/OneDrive-…, Dropbox, GoogleDrive-…
  { provider: 'CloudStorage', test: (s) => s === 'cloudstorage' },
];

function isUnc(p: string): boolean {
  // \\srv\share, //srv/share, \\?\UNC\srv\share. Not \\?\C:\ (a local long path).
  if (/^[\\/]{2}\?[\\/]unc[\\/]/i.test(p)) return true;
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return false;
  return /^[\\/]{2}[^\\/]+[\\/]/.test(p) || /^[\\/]{2}[^\\/]+$/.test(p);
}

function segments(p: string): string[] {
  return p.split(/[\\/]+/).filter((s) => s !== '');
}

/** `a` starts with `prefix` as whole path segments (C:\Users\x\OneDrive must not match …\OneDriveOld). */
function isUnder(p: string, prefix: string, caseInsensitive: boolean): boolean {
  const norm = (s: string): string => {
    const slashes = s.replace(/[\\/]+/g, '/').replace(/\/$/, '');
    return caseInsensitive ? slashes.toLowerCase() : slashes;
  };
  const a = norm(p);
  const b = norm(prefix);
  return b !== '' && (a === b || a.startsWith(`${b}/`));
}

/** Why `dir` is no place for the live database, or null when it is fine. */
export function liveLocationProblem(dir: string, ctx: PathPolicyContext): LocationProblem | null {
  const windowsLike = ctx.platform === 'win32' || /^[a-z]:[\\/]/i.test(dir) || dir.startsWith('\\\\');
  if (isUnc(dir)) return { reason: 'unc' };

  const drive = /^([a-z]):/i.exec(dir) ?? /^[\\/]{2}\?[\\/]([a-z]):/i.exec(dir);
  if (drive && ctx.driveType) {
    const type = ctx.driveType(`${drive[1]!.toUpperCase()}:\\`);
    if (type === DRIVE_REMOTE) return { reason: 'networkDrive' };
    if (type === DRIVE_REMOVABLE) return { reason: 'removable' };
  }

  for (const name of ONEDRIVE_ENV) {
    const root = ctx.env[name];
    if (root && root.trim() !== '' && isUnder(dir, root, windowsLike)) return { reason: 'cloudSync', provider: 'OneDrive' };
  }
  for (const segment of segments(dir)) {
    const s = segment.toLowerCase();
    const hit = SYNC_SEGMENTS.find((rule) => rule.test(s));
    if (hit) return { reason: 'cloudSync', provider: hit.provider };
  }

  // Mount points of removable media on Linux and macOS.
  if (!windowsLike && (/^\/media\//.test(dir) || /^\/run\/media\//.test(dir) || /^\/Volumes\//.test(dir))) {
    return { reason: 'removable' };
  }
  return null;
}

const WHY: Record<UnsafeReason, { zh: string; en: string }> = {
  unc: { zh: '网络共享文件夹', en: 'a network share' },
  networkDrive: { zh: '映射的网络驱动器', en: 'a mapped network drive' },
  cloudSync: { zh: '云同步文件夹', en: 'a cloud-synced folder' },
  removable: { zh: '可移动磁盘（U 盘等）', en: 'removable media (USB stick, card)' },
};

/** Throws UNSAFE_LOCATION (bilingual: the renderer is not loaded yet at startup) when `dir` is refused. */
export function assertSafeLiveLocation(dir: string, ctx: PathPolicyContext): void {
  const problem = liveLocationProblem(dir, ctx);
  if (!problem) return;
  const what = WHY[problem.reason];
  const provider = problem.provider ? ` (${problem.provider})` : '';
  throw new DomainError(
    'UNSAFE_LOCATION',
    `数据文件夹位于${what.zh}${provider}：${dir}。数据库在这种位置可能被同步程序或断网损坏，因此不能在此打开。` +
      '请改用本机硬盘上的文件夹（例如默认位置，或把 PARTNERDESK_DATA_DIR 设为本机文件夹），把数据库复制到本机后再打开。备份可以保存到该位置。\n' +
      `The data folder is on ${what.en}${provider}: ${dir}. A live database there can be damaged by sync programs or a ` +
      'dropped connection, so PartnerDesk will not open it. Choose a folder on this computer’s local disk (e.g. the ' +
      'default, or set PARTNERDESK_DATA_DIR to a local folder) and copy the database there. Backups may be saved to that location.',
    { details: { dir, reason: problem.reason, ...(problem.provider ? { provider: problem.provider } : {}) } },
  );
}
