import type { z } from 'zod';
import type { PartnerDraft } from '@shared/domain/partner';
import type { ContactDraft } from '@shared/domain/contact';
import type { AgreementDraft, AgreementRenewal, AgreementTransition } from '@shared/domain/agreement';
import type { InteractionDraft } from '@shared/domain/interaction';
import type { CourseDraft } from '@shared/domain/course';
import type { ContributionDraft, FundingSourceDraft, FundingTxnDraft } from '@shared/domain/funding';
import type { MajorDraft, OrgUnitDraft, StaffDraft } from '@shared/domain/reference';
import type { SettingsPatch } from '@shared/domain/settings';
import type { ProgrammeSampleTargets } from './sampleProgrammeTargets';

type Created = Promise<{ id: string }>;

/**
 * What the sample seeder needs from the services. Seeding goes through the services,
 * not around them, so the sample obeys every rule a user's data does.
 */
export interface SampleTargets extends ProgrammeSampleTargets {
  updateSettings(patch: SettingsPatch): Promise<unknown>;
  createOrgUnit(draft: z.input<typeof OrgUnitDraft>): Created;
  createMajor(draft: z.input<typeof MajorDraft>): Created;
  createStaff(draft: z.input<typeof StaffDraft>): Created;
  createPartner(draft: PartnerDraft): Created;
  createContact(draft: ContactDraft): Created;
  createAgreement(draft: AgreementDraft): Created;
  transitionAgreement(input: z.input<typeof AgreementTransition>): Promise<unknown>;
  renewAgreement(input: z.input<typeof AgreementRenewal>): Created;
  createInteraction(draft: InteractionDraft): Created;
  createCourse(draft: CourseDraft): Created;
  createFundingSource(draft: z.input<typeof FundingSourceDraft>): Created;
  createFundingTxn(draft: FundingTxnDraft): Created;
  createContribution(draft: ContributionDraft): Created;
}
