import type Database from 'better-sqlite3'
import { openSqlite } from './sqlite'
import { excerpt } from '../../shared/errors'
import { migration003, UNKNOT_APPLICATION_ID } from './migrations/003-application-id'
import { readMarker, type WriteMarker } from './write-marker'

/** An Unknot journal from before application ids had these tables (migration 001). */
const FIRST_TABLES = ['episodes', 'checkins', 'checkin_symptoms', 'treatments', 'settings']

type Kind = 'blank' | 'ours' | 'unmarked_ours' | 'foreign' | 'damaged'

/** What a journal image (journal-image.ts) turns out to be once SQLite has opened it. */
export interface Described {
  kind: Kind
  version: number
  marker: WriteMarker | undefined
  /** For a damaged image: SQLite's own words, shortened. */
  detail: string
}

function damaged(error: unknown): Described {
  return {
    kind: 'damaged',
    version: 0,
    marker: undefined,
    detail: excerpt(error instanceof Error ? error.message : String(error)),
  }
}

/**
 * Opens an image in memory and tells whose it is (by application id, or by the first tables of
 * a journal from before ids), whether it is whole, and which write of the journal it holds.
 */
export function describe(image: Buffer, latest: number): Described {
  let db: Database.Database
  try {
    db = openSqlite(image)
  } catch (error) {
    return damaged(error)
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all()
    const kind: Kind =
      appId === UNKNOT_APPLICATION_ID
        ? 'ours'
        : appId !== 0
          ? 'foreign'
          : tables.length === 0 && version === 0
            ? 'blank'
            : version >= 1 &&
                version < migration003.version &&
                FIRST_TABLES.every((t) => tables.includes(t))
              ? 'unmarked_ours'
              : 'foreign'
    if (kind === 'foreign') return { kind, version, marker: undefined, detail: '' }
    // A newer journal may hold tables this version cannot judge; its own check is its app's.
    if (version > latest) return { kind, version, marker: undefined, detail: '' }
    const problems = db.prepare<[], string>('PRAGMA integrity_check(3)').pluck().all()
    if (problems.length !== 1 || problems[0] !== 'ok') {
      return { kind: 'damaged', version, marker: undefined, detail: excerpt(problems.join('; ')) }
    }
    return { kind, version, marker: kind === 'ours' ? readMarker(db) : undefined, detail: '' }
  } catch (error) {
    return damaged(error)
  } finally {
    db.close()
  }
}
