import { execFileSync } from 'node:child_process';

// Node has no GetDriveType. Win32_LogicalDisk.DriveType uses the same values (2 removable,
// 3 local, 4 network), so one PowerShell query per drive letter tells the path policy
// whether the data folder is on a mapped network drive or a USB stick. Asked once per
// letter at start; any failure means "unknown", and the other checks still apply.

export type RunCommand = (file: string, args: string[]) => string;

const runPowerShell: RunCommand = (file, args) => execFileSync(file, args, { encoding: 'utf8', timeout: 5000, windowsHide: true });

export function createWindowsDriveType(run: RunCommand = runPowerShell): (root: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (root) => {
    // Only a bare drive letter reaches the command line: nothing else can be injected.
    const letter = /^([A-Za-z]):\\?$/.exec(root)?.[1]?.toUpperCase();
    if (!letter) return undefined;
    if (cache.has(letter)) return cache.get(letter);
    let type: number | undefined;
    try {
      const filter = `DeviceID='${letter}:'`;
      const out = run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `(Get-CimInstance -ClassName Win32_LogicalDisk -Filter "${filter}").DriveType`]);
      const value = Number.parseInt(out.trim(), 10);
      type = Number.isInteger(value) ? value : undefined;
    } catch {
      type = undefined;
    }
    cache.set(letter, type);
    return type;
  };
}
