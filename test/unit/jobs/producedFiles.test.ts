import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProducedFiles } from '../../../src/main/files/producedFiles';
import type { DesktopPort } from '../../../src/main/files/desktopPort';
import { makeTempDir } from '../../helpers/tempDir';

function recorder() {
  const calls: string[] = [];
  const port: DesktopPort = {
    openFile: async (file) => void calls.push(`open ${file}`),
    revealFile: (file) => void calls.push(`reveal ${file}`),
  };
  return { calls, port };
}

describe('produced files', () => {
  it('opens and reveals a registered file by id, never by path', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, '协议台账.xlsx');
    fs.writeFileSync(file, 'x'.repeat(10));
    const { calls, port } = recorder();
    const files = createProducedFiles({ desktop: port });
    const produced = files.register(file);
    expect(produced).toMatchObject({ fileName: '协议台账.xlsx', folder: dir, bytes: 10 });
    await expect(files.open(produced.fileId)).resolves.toEqual({ action: 'opened' });
    expect(files.reveal(produced.fileId)).toEqual({ action: 'revealed' });
    expect(calls).toEqual([`open ${file}`, `reveal ${file}`]);
  });

  it('refuses ids it did not hand out, and files removed since', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'gone.csv');
    fs.writeFileSync(file, '');
    const { calls, port } = recorder();
    const files = createProducedFiles({ desktop: port });
    const produced = files.register(file);
    fs.rmSync(file);
    await expect(files.open(produced.fileId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(files.open(file)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(() => files.reveal('../../etc/passwd')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(calls).toEqual([]);
  });

  it('without a desktop (CLI, tests) dialogs answer null and opening is unavailable', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'a.pdf');
    fs.writeFileSync(file, '%PDF');
    const files = createProducedFiles();
    await expect(files.chooseSavePath({ title: 't', defaultName: 'a.pdf', filters: [] })).resolves.toBeNull();
    await expect(files.chooseFolder('t')).resolves.toBeNull();
    await expect(files.open(files.register(file).fileId)).resolves.toEqual({ action: 'unavailable' });
  });
});
