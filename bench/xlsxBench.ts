import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Our report xlsx writer against exceljs's raw streaming writer on the same 协议台账 rows,
// each in a child process (peak memory honestly per writer).

interface Measurement {
  mode: string;
  ms: number;
  bytes: number;
  peakRssMb: number;
}

const ROOT = path.resolve(__dirname, '..');

function measure(mode: string, rows: number): Measurement {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, ['--tsconfig', 'tsconfig.node.json', 'bench/xlsxWorker.ts', mode, String(rows)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`xlsx worker ${mode} failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Measurement;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number): string => `${Math.round(n)} MB`;

export function runXlsxBench(rows: number): void {
  const label = rows % 1000 === 0 ? `${rows / 1000}k` : String(rows);
  const raw = measure('raw', rows);
  const ours = measure('ours', rows);
  const shared = measure('ours-shared', rows);
  console.log(
    `bench xlsx-${label}: ours ${seconds(ours.ms)}, raw exceljs ${seconds(raw.ms)}, ratio ${(ours.ms / raw.ms).toFixed(2)}, ` +
      `peak RSS ${mb(ours.peakRssMb)} vs ${mb(raw.peakRssMb)}, file ${(ours.bytes / 1048576).toFixed(1)} MB vs ${(raw.bytes / 1048576).toFixed(1)} MB`,
  );
  console.log(
    `bench xlsx-${label} shared strings: ${seconds(shared.ms)}, peak RSS ${mb(shared.peakRssMb)}, file ${(shared.bytes / 1048576).toFixed(1)} MB ` +
      `(inline strings: ${(ours.bytes / 1048576).toFixed(1)} MB)`,
  );
}
