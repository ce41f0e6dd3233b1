import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupsDir,
  databaseFile,
  dataDirFromArgv,
  DB_FILE_NAME,
  resolveDataDir,
} from '../../../src/main/db/dataDir';

const DEFAULT = path.resolve('/default/userData');

describe('resolveDataDir precedence', () => {
  const cases: {
    name: string;
    cli?: string;
    env: Record<string, string | undefined>;
    expected: string;
  }[] = [
    { name: 'nothing set → default', env: {}, expected: DEFAULT },
    { name: 'env only → env', env: { PARTNERDESK_DATA_DIR: '/from/env' }, expected: path.resolve('/from/env') },
    { name: 'cli only → cli', cli: '/from/cli', env: {}, expected: path.resolve('/from/cli') },
    {
      name: 'cli and env → cli',
      cli: '/from/cli',
      env: { PARTNERDESK_DATA_DIR: '/from/env' },
      expected: path.resolve('/from/cli'),
    },
    { name: 'blank cli falls through to env', cli: '  ', env: { PARTNERDESK_DATA_DIR: '/e' }, expected: path.resolve('/e') },
    { name: 'empty env falls through to default', env: { PARTNERDESK_DATA_DIR: '' }, expected: DEFAULT },
    { name: 'unrelated env ignored', env: { APPDATA: '/x', DATA_DIR: '/y' }, expected: DEFAULT },
    { name: 'relative cli is resolved', cli: 'rel/data', env: {}, expected: path.resolve('rel/data') },
    { name: 'relative env is resolved', env: { PARTNERDESK_DATA_DIR: './d' }, expected: path.resolve('d') },
  ];

  it.each(cases)('$name', ({ cli, env, expected }) => {
    const result = resolveDataDir({ ...(cli === undefined ? {} : { cliDataDir: cli }), env, defaultDir: DEFAULT });
    expect(result).toBe(expected);
    expect(path.isAbsolute(result)).toBe(true);
  });

  it('resolves a relative default too', () => {
    expect(resolveDataDir({ env: {}, defaultDir: 'userData' })).toBe(path.resolve('userData'));
  });
});

describe('derived paths', () => {
  it('puts the database and backups inside the data dir', () => {
    const dir = path.resolve('/data');
    expect(DB_FILE_NAME).toBe('partnerdesk.db');
    expect(databaseFile(dir)).toBe(path.join(dir, 'partnerdesk.db'));
    expect(backupsDir(dir)).toBe(path.join(dir, 'backups'));
  });
});

describe('dataDirFromArgv', () => {
  it.each([
    [['node', 'cli', '--data-dir', '/a'], '/a'],
    [['node', 'cli', '--data-dir=/b', 'report'], '/b'],
    [['node', 'cli', '--data-dir=/a', '--data-dir', '/c'], '/c'],
    [['node', 'cli', 'report'], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(dataDirFromArgv(argv)).toBe(expected);
  });
});
