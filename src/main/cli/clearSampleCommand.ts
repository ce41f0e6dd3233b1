import { createCore } from '../core';
import { printResult } from './output';
import type { CommandContext } from './commands';

/** `partnerdesk clear-sample`: the sample's unchanged, unused records go; a backup comes first. */
export async function clearSampleCommand(c: CommandContext): Promise<void> {
  const core = await createCore({ dataDir: c.dataDir, actor: 'cli', ...(c.now ? { clock: c.now } : {}) });
  try {
    const result = await core.services.sampleData.clear();
    const lines =
      result.backupFileName === null
        ? ['no sample data to clear']
        : [
            `removed ${result.removed} sample records, kept ${result.kept} (edited or used by your records)`,
            `backup first: ${result.backupFileName} (restore it to undo)`,
          ];
    printResult(c.io, c.json, { ...result }, lines);
  } finally {
    core.close();
  }
}
