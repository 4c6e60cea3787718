import type { DB } from '../db/database'
import { SUGGESTION_LIMIT, type SuggestionQuery } from '../../shared/domain/treatment'
import { preparedPerConnection } from '../db/statements'

function statements(db: DB) {
  return {
    // Each detail once, spelled as it was last typed (letter case aside), newest use first.
    details: db
      .prepare<{ kind: string | null; limit: number }, string>(
        `SELECT detail FROM (
           SELECT detail, started_at, id, row_number() OVER (
             PARTITION BY lower(detail) ORDER BY started_at DESC, id DESC) AS nth
           FROM treatments
           WHERE detail <> '' AND (:kind IS NULL OR kind = :kind))
         WHERE nth = 1
         ORDER BY started_at DESC, id DESC
         LIMIT :limit`,
      )
      .pluck(),
  }
}
const stmts = preparedPerConnection(statements)

/** Details typed on earlier treatments (medication and dose, stretch name), newest first. */
export function treatmentSuggestions(db: DB, { kind }: SuggestionQuery): string[] {
  return stmts(db).details.all({ kind: kind ?? null, limit: SUGGESTION_LIMIT })
}
