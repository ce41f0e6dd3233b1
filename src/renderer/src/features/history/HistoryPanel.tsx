/** Audit history of one record (who, when, which fields, old → new). */
export function HistoryPanel(_props: { tableName: string; rowId: string }) {
  return null;
}
