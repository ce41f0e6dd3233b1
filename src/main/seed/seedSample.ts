import { DomainError } from '../errors';
import { seedAgreements, seedCoursesAndFunding, seedInteractions } from './sampleActivity';
import { SAMPLE_COLLEGE, seedPartners, seedReference } from './samplePartners';
import { seedCurrentActivity, seedProgrammes, seedQualityIssues } from './sampleProgrammes';
import type { SampleTargets } from './sampleTargets';

/**
 * Loads the realistic sample dataset through the services. Refuses a database that
 * already holds partners, so sample records never mix with real ones.
 */
export async function seedSample(t: SampleTargets, opts: { today: string; partnerCount: number }): Promise<Record<string, number>> {
  if (opts.partnerCount > 0) {
    throw new DomainError('CONFLICT', 'sample data can only be loaded into an empty database', {
      details: { partners: opts.partnerCount },
    });
  }
  await t.updateSettings({ college: { ...SAMPLE_COLLEGE, uscc: null } });
  const ref = await seedReference(t);
  const partners = await seedPartners(t, ref);
  const agreements = await seedAgreements(t, ref, partners, opts.today);
  const interactions = await seedInteractions(t, ref, partners, opts.today);
  const rest = await seedCoursesAndFunding(t, ref, partners, opts.today);
  const programmes = await seedProgrammes(t, ref, partners, opts.today);
  const current = await seedCurrentActivity(t, ref, partners, opts.today);
  // Last, so the records above stay as they were: problems for R17 to find.
  const issues = await seedQualityIssues(t, ref, partners, opts.today);
  return {
    orgUnits: ref.units.length,
    majors: ref.majors.length,
    staff: ref.staff.length,
    partners: partners.length + issues.partners,
    ...agreements,
    interactions: interactions.interactions + current.visits,
    ...programmes,
    courses: rest.courses,
    fundingSources: rest.fundingSources + current.fundingSources,
    fundingTxns: rest.fundingTxns + current.fundingTxns,
    contributions: rest.contributions + current.contributions,
  };
}
