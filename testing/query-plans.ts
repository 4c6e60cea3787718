import type { DB } from '../src/main/db/database'

/** Bound parameters, as the queries take them. */
export type Params = Record<string, string | number>

/** Those of `params` that `sql` names: a statement refuses a parameter it does not name. */
export function namedParams(sql: string, params: Params): Params {
  return Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`:${key}`)))
}

/** `EXPLAIN QUERY PLAN` of `sql` with those of `params` it names: one line per step. */
export function queryPlan(db: DB, sql: string, params: Params = {}): string[] {
  return db
    .prepare<Params, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(namedParams(sql, params))
    .map((r) => r.detail)
}

/** An index's columns, in order. */
export function indexColumns(db: DB, index: string): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
    .all(index)
    .map((c) => c.name)
}
