#!/usr/bin/env node
// Generates resources/icon.png (512×512 RGBA): a blue rounded square with two white
// interlocking rings (school + enterprise). Plain zlib, no image library; run once and commit.
//   node scripts/make-icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? path.join(root, 'resources', 'icon.png');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// Coverage in [0, 1] with a one-pixel soft edge, for anti-aliased shapes.
const edge = (distanceOutside) => Math.max(0, Math.min(1, 0.5 - distanceOutside));

function roundedSquare(x, y) {
  const margin = 24;
  const radius = 96;
  const half = SIZE / 2 - margin;
  const dx = Math.max(Math.abs(x - SIZE / 2) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - SIZE / 2) - (half - radius), 0);
  return edge(Math.hypot(dx, dy) - radius);
}

function ring(x, y, cx, cy) {
  const radius = 104;
  const width = 30;
  return edge(Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2);
}

function pixel(x, y) {
  const background = roundedSquare(x, y);
  if (background === 0) return [0, 0, 0, 0];
  // Vertical gradient from #1f6feb to #0b3d91.
  const t = y / SIZE;
  const base = [31 + (11 - 31) * t, 111 + (61 - 111) * t, 235 + (145 - 235) * t];
  const white = Math.max(ring(x, y, 196, 256), ring(x, y, 316, 256));
  const rgb = base.map((channel) => Math.round(channel + (255 - channel) * white));
  return [...rgb, Math.round(255 * background)];
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
    raw.set([r, g, b, a], row + 1 + x * 4);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes, ${SIZE}×${SIZE})`);
