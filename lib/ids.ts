import { z } from 'zod';

/** The largest value of a PostgreSQL `serial` column: an id beyond it cannot exist (and would make the query fail). */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id as the data layer accepts it: a positive integer a `serial` column can hold. */
export const rowId = z.number().int().min(1).max(MAX_ROW_ID);

export function isRowId(value: unknown): value is number {
  return rowId.safeParse(value).success;
}
