import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { academicYearOf } from '@shared/domain/rules/academicYear';
import { todayIso } from '@shared/format/dates';
import { createCore } from '../src/main/core';
import { databaseFile } from '../src/main/db/dataDir';
import { REPORT_DEFINITIONS } from '../src/main/reports/definitions';

// R1 (专业产学合作情况表) on a `seed --scale N` database: query time, xlsx time and rows.
// PD_BENCH_DB reuses a data folder (or a partnerdesk.db inside one) instead of seeding.

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function runR1Bench(scale: number): Promise<void> {
  if (!REPORT_DEFINITIONS.R1) {
    console.log('bench r1: skipped (R1 is not registered in src/main/reports/definitions yet)');
    return;
  }
  const reuse = process.env.PD_BENCH_DB;
  const dataDir = reuse
    ? fs.statSync(reuse).isDirectory()
      ? reuse
      : path.dirname(reuse)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'pd-bench-r1-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-bench-out-'));
  const core = await createCore({ dataDir, actor: 'bench' });
  try {
    if (!reuse) {
      const started = performance.now();
      await core.services.seed.scale({ partners: scale, seed: 1 });
      console.log(`bench r1: seeded --scale ${scale} in ${seconds(performance.now() - started)} (${databaseFile(dataDir)})`);
    }
    const startYear = academicYearOf(todayIso(new Date()));
    const request = { reportId: 'R1' as const, period: { kind: 'academic' as const, startYear } };
    let started = performance.now();
    const table = await core.services.reports.build(request);
    const queryMs = performance.now() - started;
    const rows = table.sections.reduce((n, s) => n + s.rows.length, 0);
    started = performance.now();
    const exported = await core.services.reports.exportToFile(request, 'xlsx', path.join(outDir, 'r1.xlsx'));
    const exportMs = performance.now() - started;
    console.log(
      `bench r1 (${startYear}-${startYear + 1}学年, scale ${reuse ? 'reused' : scale}): query ${seconds(queryMs)}, ` +
        `query + xlsx ${seconds(exportMs)}, ${rows} rows, ${(exported.bytes / 1048576).toFixed(1)} MB`,
    );
  } finally {
    core.close();
    fs.rmSync(outDir, { recursive: true, force: true });
    if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
