import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// [base-equipment] R6: the equipment figures officers record per base and 学年 on the
// base's yearly figures (base_year_stat, migration 0010). A base without a row for the
// 学年, or a row without the figure, has no data: the report leaves the cell blank.

export interface BaseEquipmentFigures {
  /** The base_year_stat row the figures come from (provenance). */
  statId: string;
  totalFen: number | null;
  newFen: number | null;
}

/** base id → that base's recorded equipment figures for the 学年 (rows without any figure left out). */
export async function loadBaseEquipmentFigures(db: Executor, academicYear: number): Promise<Map<string, BaseEquipmentFigures>> {
  const { rows } = await sql<{ id: string; base_id: string; equipment_total_fen: number | null; equipment_new_fen: number | null }>`
    select s.id, s.base_id, s.equipment_total_fen, s.equipment_new_fen
    from base_year_stat s
    where s.academic_year = ${academicYear} and (s.equipment_total_fen is not null or s.equipment_new_fen is not null)`.execute(db);
  return new Map(rows.map((r) => [r.base_id, { statId: r.id, totalFen: r.equipment_total_fen, newFen: r.equipment_new_fen }]));
}
