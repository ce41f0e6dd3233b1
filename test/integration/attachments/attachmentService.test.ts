import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createAgreementRelationsService } from '../../../src/main/agreements/agreementRelationsService';
import { createAttachmentService } from '../../../src/main/attachments/attachmentService';
import type { DesktopPort } from '../../../src/main/files/desktopPort';
import { DomainError } from '../../../src/main/errors';
import { createTestDb, rowCount, type TestDb } from '../../helpers/testDb';

const NOW = '2026-11-28T02:00:00.000Z';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR rest')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF')]);
/** The start of a zip package: a local file header naming its first entry. */
const zipWith = (entry: string): Buffer =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(entry, 'latin1'), Buffer.from('<xml/>')]);

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

interface Recorded {
  action: 'openFile' | 'revealFile';
  file: string;
}

async function setup(options: { maxBytes?: number; withDesktop?: boolean } = {}) {
  const t = await createTestDb({ now: () => new Date(NOW) });
  current = t;
  const dataDir = path.join(t.dir, 'data');
  const opened: Recorded[] = [];
  const desktop: DesktopPort = {
    openFile: (file) => {
      opened.push({ action: 'openFile', file });
      return Promise.resolve();
    },
    revealFile: (file) => opened.push({ action: 'revealFile', file }),
  };
  const service = createAttachmentService(t.ctx, {
    dataDir,
    ...(options.withDesktop === false ? {} : { desktop }),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const agreements = createAgreementService(t.ctx);
  const agreement = await agreements.create({
    title: '校企合作框架协议',
    type: 'framework',
    parties: [
      { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
      { role: '乙', partyType: 'enterprise', displayName: '示例科技有限公司' },
    ],
  });
  const upload = (fileName: string, bytes: Buffer, kind: 'signed_scan' | 'other' = 'signed_scan') =>
    service.upload({ entityType: 'agreement', entityId: agreement.id, kind, fileName, dataBase64: bytes.toString('base64') });
  const storeDir = path.join(dataDir, 'attachments');
  const storedFiles = (): string[] => (fs.existsSync(storeDir) ? fs.readdirSync(storeDir).sort() : []);
  return { t, service, agreement, agreements, upload, storeDir, storedFiles, opened, relations: createAgreementRelationsService(t.ctx) };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('attachment upload', () => {
  it('stores a PDF as <sha256>.pdf and keeps the original name only as text', async () => {
    const s = await setup();
    const a = await s.upload('../../签字 盖章版.PDF', PDF);
    const sha = createHash('sha256').update(PDF).digest('hex');
    expect(a).toMatchObject({
      entityType: 'agreement',
      entityId: s.agreement.id,
      kind: 'signed_scan',
      originalName: '../../签字 盖章版.PDF',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: sha,
      version: 1,
      isSignedScan: false,
    });
    expect(s.storedFiles()).toEqual([`${sha}.pdf`]);
    expect(fs.readFileSync(path.join(s.storeDir, `${sha}.pdf`)).equals(PDF)).toBe(true);
    expect(s.t.app.sqlite.prepare('select stored_name from attachment where id = ?').pluck().get(a.id)).toBe(`${sha}.pdf`);
  });

  it('accepts jpg, jpeg, png, docx and xlsx with matching content, stored under allowlisted extensions', async () => {
    const s = await setup();
    const results = [
      await s.upload('photo.jpg', JPEG),
      await s.upload('photo2.JPEG', Buffer.concat([JPEG, Buffer.from('2')])),
      await s.upload('plaque.png', PNG),
      await s.upload('协议.docx', zipWith('word/document.xml')),
      await s.upload('台账.xlsx', zipWith('xl/workbook.xml')),
    ];
    expect(results.map((r) => r.mime)).toEqual([
      'image/jpeg',
      'image/jpeg',
      'image/png',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(s.storedFiles().map((f) => path.extname(f)).sort()).toEqual(['.docx', '.jpg', '.jpg', '.png', '.xlsx']);
  });

  it.each([
    ['setup.exe', Buffer.from('MZ\x90\x00'), 'attachment.extension'],
    ['scan.pdf.exe', PDF, 'attachment.extension'],
    ['notes.txt', Buffer.from('hello'), 'attachment.extension'],
    ['noextension', PDF, 'attachment.extension'],
    ['fake.pdf', Buffer.from('MZ\x90\x00 not a pdf'), 'attachment.content'],
    ['image.png', JPEG, 'attachment.content'],
    ['photo.jpg', PDF, 'attachment.content'],
    ['letter.docx', zipWith('xl/workbook.xml'), 'attachment.content'],
    ['sheet.xlsx', zipWith('word/document.xml'), 'attachment.content'],
  ])('refuses %s (%s) with VALIDATION and writes nothing', async (name, bytes, message) => {
    const s = await setup();
    const error = await rejection(s.upload(name, bytes));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: ['fileName'], message }]);
    expect(s.storedFiles()).toEqual([]);
    expect(fs.existsSync(s.storeDir)).toBe(false);
    expect(rowCount(s.t, 'attachment')).toBe(0);
  });

  it('refuses a file over the size limit and an empty one, writing nothing', async () => {
    const s = await setup({ maxBytes: 64 });
    const big = Buffer.concat([PDF, Buffer.alloc(65 - PDF.length, 0x20)]);
    const tooBig = await rejection(s.upload('big.pdf', big));
    expect(tooBig.code).toBe('VALIDATION');
    expect(tooBig.issues).toEqual([{ path: ['dataBase64'], message: 'attachment.tooLarge' }]);
    const atLimit = await s.upload('limit.pdf', big.subarray(0, 64));
    expect(atLimit.size).toBe(64);
    const empty = await rejection(s.service.upload({ entityType: 'agreement', entityId: s.agreement.id, kind: 'other', fileName: 'e.pdf', dataBase64: '' }));
    expect(empty.code).toBe('VALIDATION');
    expect(s.storedFiles()).toHaveLength(1);
    expect(rowCount(s.t, 'attachment')).toBe(1);
  });

  it('applies the real 25 MiB limit by default', async () => {
    const s = await setup();
    const over = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20);
    PDF.copy(over);
    const error = await rejection(s.upload('huge.pdf', over));
    expect(error.issues).toEqual([{ path: ['dataBase64'], message: 'attachment.tooLarge' }]);
    expect(s.storedFiles()).toEqual([]);
  });

  it('refuses base64 with foreign characters instead of silently dropping them', async () => {
    const s = await setup();
    const error = await rejection(
      s.service.upload({ entityType: 'agreement', entityId: s.agreement.id, kind: 'other', fileName: 'x.pdf', dataBase64: 'JVBER*0x' }),
    );
    expect(error.issues).toEqual([{ path: ['dataBase64'], message: 'attachment.unreadable' }]);
    expect(s.storedFiles()).toEqual([]);
  });

  it('refuses an owner that does not exist or is in the trash, writing nothing', async () => {
    const s = await setup();
    await s.agreements.delete(s.agreement.id);
    const error = await rejection(s.upload('scan.pdf', PDF));
    expect(error.code).toBe('NOT_FOUND');
    expect(s.storedFiles()).toEqual([]);
    expect(rowCount(s.t, 'attachment')).toBe(0);
  });

  it('reuses the stored file for the same content and numbers versions of the same name', async () => {
    const s = await setup();
    const first = await s.upload('scan.pdf', PDF);
    const before = fs.statSync(path.join(s.storeDir, `${first.sha256}.pdf`)).mtimeMs;
    const second = await s.upload('scan.pdf', PDF);
    const renamed = await s.upload('other-name.pdf', PDF, 'other');
    expect(second.id).not.toBe(first.id);
    expect([first.version, second.version, renamed.version]).toEqual([1, 2, 1]);
    expect(s.storedFiles()).toEqual([`${first.sha256}.pdf`]);
    expect(fs.statSync(path.join(s.storeDir, `${first.sha256}.pdf`)).mtimeMs).toBe(before);
    expect(fs.readdirSync(s.storeDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(rowCount(s.t, 'attachment')).toBe(3);
  });
});

describe('attachment list, delete and signed scan', () => {
  it('lists live attachments newest first, marks the signed scan, and forgets it on delete', async () => {
    const s = await setup();
    const a = await s.upload('a.pdf', PDF);
    const b = await s.upload('b.png', PNG, 'other');
    await s.relations.setSignedScan({ id: s.agreement.id, attachmentId: a.id });
    const listed = await s.service.list({ entityType: 'agreement', entityId: s.agreement.id });
    expect(listed.map((x) => [x.originalName, x.isSignedScan])).toEqual([
      ['b.png', false],
      ['a.pdf', true],
    ]);
    expect(s.t.app.sqlite.prepare('select signed_scan_attachment_id from agreement where id = ?').pluck().get(s.agreement.id)).toBe(a.id);

    await s.service.delete(a.id);
    expect((await s.service.list({ entityType: 'agreement', entityId: s.agreement.id })).map((x) => x.id)).toEqual([b.id]);
    expect(s.t.app.sqlite.prepare('select signed_scan_attachment_id from agreement where id = ?').pluck().get(s.agreement.id)).toBeNull();
    // Soft delete: the row and the file stay.
    expect(rowCount(s.t, 'attachment')).toBe(2);
    expect(s.storedFiles()).toHaveLength(2);
    expect((await rejection(s.service.delete(a.id))).code).toBe('NOT_FOUND');
  });

  it('refuses to mark another record\'s attachment as the signed scan', async () => {
    const s = await setup();
    const other = await s.agreements.create({
      title: '另一份协议',
      type: 'other',
      parties: [
        { role: '甲', partyType: 'school', displayName: '学院' },
        { role: '乙', partyType: 'other', displayName: '某单位' },
      ],
    });
    const foreign = await s.service.upload({ entityType: 'agreement', entityId: other.id, kind: 'signed_scan', fileName: 'x.pdf', dataBase64: PDF.toString('base64') });
    const error = await rejection(s.relations.setSignedScan({ id: s.agreement.id, attachmentId: foreign.id }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: ['attachmentId'], message: 'attachment.notOfAgreement' }]);
  });
});

describe('opening an attachment', () => {
  it('opens allowlisted files through the desktop port with their stored path', async () => {
    const s = await setup();
    const a = await s.upload('scan.pdf', PDF);
    expect(await s.service.open(a.id)).toEqual({ action: 'opened' });
    expect(s.opened).toEqual([{ action: 'openFile', file: path.join(s.storeDir, `${a.sha256}.pdf`) }]);
  });

  it('only shows a file in its folder when its stored extension is not openable', async () => {
    const s = await setup();
    const a = await s.upload('scan.pdf', PDF);
    // A row written by an older version or by hand: the stored name is what counts.
    const odd = `${a.sha256}.bin`;
    fs.copyFileSync(path.join(s.storeDir, `${a.sha256}.pdf`), path.join(s.storeDir, odd));
    s.t.app.sqlite.prepare('update attachment set stored_name = ? where id = ?').run(odd, a.id);
    expect(await s.service.open(a.id)).toEqual({ action: 'revealed' });
    expect(s.opened).toEqual([{ action: 'revealFile', file: path.join(s.storeDir, odd) }]);
  });

  it('reports unavailable without a desktop, and NOT_FOUND for a missing file or a deleted attachment', async () => {
    const s = await setup({ withDesktop: false });
    const a = await s.upload('scan.pdf', PDF);
    expect(await s.service.open(a.id)).toEqual({ action: 'unavailable' });
    fs.rmSync(path.join(s.storeDir, `${a.sha256}.pdf`));
    expect((await rejection(s.service.open(a.id))).code).toBe('NOT_FOUND');
    await s.service.delete(a.id);
    expect((await rejection(s.service.open(a.id))).code).toBe('NOT_FOUND');
  });
});
