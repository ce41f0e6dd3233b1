import type { SameKeys } from '../sameKeys';
import type { emptyStateZhCN, onboardingZhCN } from './onboarding.zh-CN';

export const onboardingEnUS: SameKeys<typeof onboardingZhCN> = {
  languageTitle: '选择语言 / Choose a language',
  about:
    'PartnerDesk is an offline desk for a vocational college’s school–enterprise cooperation office: partners, agreements, programmes and funding in one register, reminders before agreements expire, and reports and agreement documents in one click. Your data stays on this computer.',
  welcomeTitle: 'Welcome to PartnerDesk',
  does: {
    partners: 'Keep partners, their contacts and every visit or call together: one page shows all you do with a partner.',
    agreements: 'Follow agreements from signing to renewal and expiry, with reminders beforehand and documents from templates.',
    programmes: 'Record internship bases, order classes, apprenticeships and other programmes, with funding and contributions.',
    reports: 'Produce the official statistics reports; your data is backed up automatically every day.',
  },
  collegeTitle: 'College information',
  collegeHint: 'Party A in agreement documents and reports. All optional: you can fill it in later under Settings → College information.',
  collegeInvalid: 'Correct the marked college information (or clear it) before you start.',
  sample: 'Load sample data',
  sampleHint: 'Sample partners, contacts and agreements; clear them later in one step on the Import, export and backup page.',
  empty: 'Start empty',
  emptyHint: 'Enter or import your own partners right away.',
  seeding: 'Loading sample data…',
  firstSteps: {
    title: 'First steps',
    intro: 'There are no partners yet. Start with these steps; each is ticked off once it is done.',
    done: 'Done',
    todo: 'Not done yet',
    college: {
      title: 'Fill in the college information',
      text: 'Full name, unified social credit code, legal representative and more: agreement documents and reports use them.',
      action: 'Fill in college information',
    },
    partners: {
      title: 'Import or create partners',
      text: 'Import an existing Excel list, or create partners one by one.',
      import: 'Import partners',
      create: 'New partner',
    },
    agreements: {
      title: 'Record agreements',
      text: 'Enter the parties, dates and obligations; you are reminded before each agreement expires.',
      create: 'New agreement',
      import: 'Import agreements',
    },
    output: {
      title: 'Produce reports, back up',
      text: 'Export the official statistics reports; data is backed up every day, and you can back up to a USB drive any time.',
      reports: 'Reports',
      backup: 'Back up data',
    },
  },
};

export const emptyStateEnUS: SameKeys<typeof emptyStateZhCN> = {
  noMatch: 'No records match the current filters',
  noMatchHint: 'Change the filters, or clear them to see everything.',
  clearFilters: 'Clear filters',
  import: 'Import from Excel',
  create: 'New',
  partners: { title: 'No partners yet', hint: 'Create a partner, or import your list from Excel.' },
  agreements: { title: 'No agreements yet', hint: 'Create an agreement, or import your signed agreements from an Excel register.' },
  programmes: { title: 'Nothing recorded under “{{kind}}” yet', hint: 'Click “New” to record the first one.', hintImport: 'Click “New” to record the first one, or import them from Excel.' },
  courses: { title: 'No joint courses or textbooks yet', hint: 'Create one, or import them from Excel.' },
  fundingSources: { title: 'No funding sources yet', hint: 'Add sources such as fiscal special funds or enterprise investment before recording transactions.' },
  fundingTxns: { title: 'No funding transactions yet', hint: 'Record an income or expense (a funding source is needed first), or import them from Excel.' },
  contributions: { title: 'No enterprise contributions yet', hint: 'Record donated equipment, training and other contributions, or import them from Excel.' },
  contacts: { title: 'No contacts yet', hint: 'Add this partner’s contacts: calls and agreement documents use them.' },
  interactions: { title: 'No interactions yet', hint: 'Record visits, calls and job fairs; a follow-up date brings a reminder when it is due.' },
  partnerAgreements: { title: 'No agreements with this partner yet', hint: 'Create an agreement; this partner becomes Party B.' },
  followUps: { title: 'Nothing to follow up', hint: 'Interactions with a follow-up date appear here when it is due.', action: 'Open partners' },
  reminders: {
    expiring: 'Agreements appear here once they are within the reminder lead time before their end date.',
    expired: 'Agreements past their end date but still marked active appear here.',
    noEndDate: 'Active agreements without an end date appear here.',
    followup: 'Interactions appear here when their follow-up date is reached.',
    obligation: 'Agreement obligations appear here as their deadline approaches.',
  },
  reports: { hint: 'Reports add up partners, agreements, programmes and other records: enter or import them first, or choose another period.' },
  trash: { title: 'The trash is empty', hint: 'Deleted records are kept here first and can be restored at any time.' },
};
