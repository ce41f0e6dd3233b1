import path from 'node:path';

/**
 * Where the installed app keeps its data when neither --data-dir nor PARTNERDESK_DATA_DIR
 * is given, so the CLI finds the same database as the app. Mirrors the shell: Electron's
 * userData, moved under LOCALAPPDATA on Windows (a roaming profile may live on a server).
 */
export function platformDataDir(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string {
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), 'PartnerDesk');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'PartnerDesk');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'PartnerDesk');
}
