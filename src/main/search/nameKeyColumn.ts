import { normalizeForMatching } from '@shared/domain/rules/normalizeText';

/**
 * organisation.name_key (migration 0006): the duplicate-detection key of full_name, indexed.
 * Every writer of organisation rows (partnerRepository, the scale seeder) goes through
 * `withNameKey`, so the key can never be computed two ways.
 */
export interface NameKeyColumn {
  name_key: string;
}

export function withNameKey<R extends { full_name: string }>(row: R): R & NameKeyColumn {
  return { ...row, name_key: normalizeForMatching(row.full_name) };
}
