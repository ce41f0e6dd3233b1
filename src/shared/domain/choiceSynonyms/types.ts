import type { EnumCode, EnumName } from '../../i18n/enumCatalog';

/**
 * Every code of one enumeration with the extra ways offices write it (labels and the code
 * itself are matched anyway). A full Record, not Partial: adding a code to enums.ts fails to
 * compile here until someone has decided what people call it.
 */
export type SynonymTable<N extends EnumName> = Record<EnumCode<N>, readonly string[]>;
