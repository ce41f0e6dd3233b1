import { describe, expect, it } from 'vitest';
import { liveLocationProblem } from '../../../src/main/db/pathPolicy';
import { createWindowsDriveType } from '../../../src/main/db/windowsDriveType';

describe('Windows drive type probe', () => {
  it('asks Win32_LogicalDisk once per letter and feeds the path policy', () => {
    const calls: string[][] = [];
    const driveType = createWindowsDriveType((file, args) => {
      calls.push([file, ...args]);
      return args.at(-1)?.includes("DeviceID='Z:'") ? '4\r\n' : '3\r\n';
    });
    const ctx = { platform: 'win32', env: {}, driveType };
    expect(liveLocationProblem('Z:\\PartnerDesk', ctx)).toMatchObject({ reason: 'networkDrive' });
    expect(liveLocationProblem('z:\\PartnerDesk\\data', ctx)).toMatchObject({ reason: 'networkDrive' });
    expect(liveLocationProblem('C:\\Users\\li\\AppData\\Local\\PartnerDesk', ctx)).toBeNull();
    expect(calls).toHaveLength(2);
    expect(calls[0]?.[0]).toBe('powershell.exe');
  });

  it('answers unknown, without running anything, for anything but a drive letter, and when the query fails', () => {
    let ran = 0;
    const driveType = createWindowsDriveType(() => {
      ran += 1;
      throw new Error('powershell missing');
    });
    expect(driveType("C:'); Remove-Item x; ('")).toBeUndefined();
    expect(driveType('\\\\srv\\share')).toBeUndefined();
    expect(ran).toBe(0);
    expect(driveType('D:\\')).toBeUndefined();
    expect(ran).toBe(1);
  });
});
