import type { DocumentInput } from './documentInput';
import { layoutDocument } from './documentLayout';

/** Merge fields the document uses (title, parties, preamble, clauses, closing, signatures) that have no value. */
export function missingFields(input: DocumentInput): string[] {
  return layoutDocument(input).missing;
}
