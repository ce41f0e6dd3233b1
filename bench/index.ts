import { parseArgs } from 'node:util';
import { runR1Bench } from './r1Bench';
import { runXlsxBench } from './xlsxBench';

// Benchmarks, not tests (issue 4): `npm run bench` runs both at full size (100 000 rows,
// seed --scale 100000); `npm run bench -- --rows 20000 --scale 2000` for a quick try;
// `--only xlsx|r1` runs one. Prints plain `bench …` lines.

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    scale: { type: 'string', default: '100000' },
    only: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const rows = Number(values.rows);
  const scale = Number(values.scale);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(scale) || scale < 1) {
    throw new Error('--rows and --scale need whole numbers');
  }
  if (values.only !== 'r1') runXlsxBench(rows);
  if (values.only !== 'xlsx') await runR1Bench(scale);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
