import type { SameKeys } from '../sameKeys';
import type { importReviewZhCN } from './importReview.zh-CN';

export const importReviewEnUS: SameKeys<typeof importReviewZhCN> = {
  warnings: {
    keptInNotes: '"{{value}}" cannot be stored in this field; it was kept in the notes',
    valueUnmapped: '"{{value}}" is not one of the choices; the field stays empty and the text was kept in the notes',
    valueLeftBlank: '"{{value}}" left empty as chosen; the text was kept in the notes',
    phoneRestored: 'The phone "{{value}}" was stored as a number; restored to {{restored}}',
    phoneAmbiguous: 'The phone "{{value}}" was stored as a number and cannot be restored for certain ({{candidates}}); kept in the notes',
    phoneInvalid: 'The phone "{{value}}" is not a valid number; kept in the notes',
    usccUnverified: 'USCC {{value}} has a wrong check character (expected {{expected}}); it will be imported marked unverified',
    regionFromUscc: 'No region given; taken from the USCC as {{value}}',
    industryMismatch: 'The industry section does not contain industry code {{code}} (section {{section}}); imported with the code, the text kept in the notes',
    notesOverflow: 'The notes would exceed their length limit; this text the import added was not written to them: {{value}}',
    industryConflict: 'The two industry columns disagree; imported as {{code}}, "{{value}}" kept in the notes',
    regionConflict: 'The two region columns disagree; imported as {{name}} ({{code}}), "{{value}}" kept in the notes',
    terminatedOnWithStatus: 'The status is not terminated; the termination date "{{value}}" was not used and was kept in the notes',
    terminatedOnFuture: 'Termination date {{value}} is after the import date; not used',
    industrySectionKept: 'Industry section: {{value}} (does not match the stored industry {{code}}; not updated)',
  },
  notes: {
    unrecognised: 'Not recognised on import: {{items}}',
    mergedConflicts: 'Different values when merging row {{row}} of the file: {{items}}',
  },
  fields: {
    partners: {
      industryCode: 'Industry',
      cooperationStartDate: 'Cooperation start date',
      cooperationType: 'Cooperation type',
    },
  },
  cli: {
    warnings: 'Warnings ({{count}}; these rows still import):',
    unknownValues: 'Values not recognised ({{count}}; choose with --values):',
    unknownValue: '{{column}} "{{text}}": {{count}} rows, suggestion {{suggestion}}',
    noSuggestion: 'none',
    appliedMapping: 'Applied the saved mapping "{{name}}"',
    unmappedColumns: 'Columns not imported: {{columns}} (--keep-unmapped keeps them in the notes)',
    dryRun: 'dry run, nothing written',
    imported: 'imported',
    notImported: 'nothing imported',
    summary: '{{verb}}: created {{created}}, updated {{updated}}, merged {{merged}}, skipped {{skipped}}, duplicates {{duplicates}}, errors {{errors}}, warnings {{warnings}}',
  },
};
