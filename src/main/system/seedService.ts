import { z } from 'zod';
import { SampleSeedInput } from '@shared/domain/system';
import type { ServiceContext } from '../services/context';
import { todayOf } from '../services/context';
import { parseInput } from '../services/validate';
import { seedSample } from '../seed/seedSample';
import { seedScale } from '../seed/seedScale';
import type { SampleTargets } from '../seed/sampleTargets';
import { countAllPartners } from './systemRepository';
import { recordingSample } from '../sampleData/sampleDataService';

const ScaleInput = z.object({ partners: z.int().min(1).max(1_000_000), seed: z.int().default(1) });

/** First-start sample data (through the services) and large generated datasets (in bulk). */
export function createSeedService(ctx: ServiceContext, targets: SampleTargets) {
  return {
    async sample(input: z.input<typeof SampleSeedInput>): Promise<Record<string, number>> {
      parseInput(SampleSeedInput, input);
      const partnerCount = await countAllPartners(ctx.db);
      // Recorded, so 清除示例数据 knows exactly what the sample created (sampleDataService.ts).
      return recordingSample(ctx, () => seedSample(targets, { today: todayOf(ctx), partnerCount }));
    },
    async scale(input: z.input<typeof ScaleInput>): Promise<Record<string, number>> {
      const { partners, seed } = parseInput(ScaleInput, input);
      return seedScale(ctx.sqlite, { partners, seed, today: todayOf(ctx), partnerCount: await countAllPartners(ctx.db) });
    },
  };
}
export type SeedService = ReturnType<typeof createSeedService>;
