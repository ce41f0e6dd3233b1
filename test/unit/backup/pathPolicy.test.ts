import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { DRIVE_REMOTE, DRIVE_REMOVABLE, assertSafeLiveLocation, liveLocationProblem, type PathPolicyContext } from '../../../src/main/db/pathPolicy';

const win: PathPolicyContext = {
  platform: 'win32',
  env: {
    OneDrive: 'C:\\Users\\li\\OneDrive',
    OneDriveCommercial: 'C:\\Users\\li\\OneDrive - 深圳职业技术大学',
    LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local',
  },
  driveType: (root) => ({ 'Z:\\': DRIVE_REMOTE, 'E:\\': DRIVE_REMOVABLE, 'C:\\': 3, 'D:\\': 3 })[root],
};
const mac: PathPolicyContext = { platform: 'darwin', env: {} };
const linux: PathPolicyContext = { platform: 'linux', env: {} };

// [path, context, expected reason or null]
const TABLE: [string, PathPolicyContext, string | null][] = [
  ['\\\\fileserver\\xiaoqi\\PartnerDesk', win, 'unc'],
  ['//fileserver/xiaoqi/PartnerDesk', win, 'unc'],
  ['\\\\?\\UNC\\fileserver\\share\\PartnerDesk', win, 'unc'],
  ['\\\\192.168.1.10\\共享\\校企合作', win, 'unc'],
  ['Z:\\PartnerDesk', win, 'networkDrive'],
  ['z:\\data', win, 'networkDrive'],
  ['E:\\PartnerDesk', win, 'removable'],
  ['C:\\Users\\li\\OneDrive\\PartnerDesk', win, 'cloudSync'],
  ['c:\\users\\li\\onedrive\\文档\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\OneDrive - 深圳职业技术大学\\校企合作', win, 'cloudSync'],
  ['D:\\OneDrive\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\Dropbox\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\Nutstore\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\我的坚果云\\PartnerDesk', win, 'cloudSync'],
  ['D:\\BaiduNetdisk\\PartnerDesk', win, 'cloudSync'],
  ['D:\\BaiduSyncdisk\\校企合作', win, 'cloudSync'],
  ['D:\\百度网盘\\同步空间\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\WPS云盘\\PartnerDesk', win, 'cloudSync'],
  ['C:\\Users\\li\\Documents\\WPS Cloud Files\\PartnerDesk', win, 'cloudSync'],
  ['/Users/li/Library/CloudStorage/OneDrive-Personal/PartnerDesk', mac, 'cloudSync'],
  ['/Users/li/Library/Mobile Documents/com~apple~CloudDocs/PartnerDesk', mac, 'cloudSync'],
  ['/Volumes/USB/PartnerDesk', mac, 'removable'],
  ['/media/li/KINGSTON/PartnerDesk', linux, 'removable'],
  ['/run/media/li/USB/PartnerDesk', linux, 'removable'],
  // allowed
  ['C:\\Users\\li\\AppData\\Local\\PartnerDesk', win, null],
  ['C:\\Users\\li\\OneDriveArchive\\PartnerDesk', win, null],
  ['D:\\PartnerDesk', win, null],
  ['\\\\?\\C:\\Users\\li\\AppData\\Local\\PartnerDesk', win, null],
  ['/Users/li/Library/Application Support/PartnerDesk', mac, null],
  ['/home/li/.config/PartnerDesk', linux, null],
  ['/tmp/partnerdesk-test', linux, null],
];

describe('liveLocationProblem (reliability.md §1, acceptance check 9)', () => {
  it.each(TABLE)('%s → %s', (dir, ctx, reason) => {
    expect(liveLocationProblem(dir, ctx)?.reason ?? null).toBe(reason);
  });

  it('names the sync service', () => {
    expect(liveLocationProblem('D:\\BaiduSyncdisk\\x', win)).toEqual({ reason: 'cloudSync', provider: '百度网盘' });
    expect(liveLocationProblem('C:\\Users\\li\\我的坚果云\\x', win)).toEqual({ reason: 'cloudSync', provider: '坚果云' });
  });

  it('refuses with UNSAFE_LOCATION, in both languages, saying what to do', () => {
    let error: unknown;
    try {
      assertSafeLiveLocation('\\\\fileserver\\share\\PartnerDesk', win);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('UNSAFE_LOCATION');
    expect(domain.details).toMatchObject({ reason: 'unc' });
    expect(domain.message).toContain('网络共享文件夹');
    expect(domain.message).toContain('本机');
    expect(domain.message).toContain('local disk');
    expect(() => assertSafeLiveLocation('C:\\Users\\li\\AppData\\Local\\PartnerDesk', win)).not.toThrow();
  });
});
