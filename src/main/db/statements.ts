import type { DB } from './database'

/**
 * Prepares a repository's statements once per connection and hands the same set back on every
 * call: statements are the hot path of every screen, and preparing is most of their cost.
 */
export function preparedPerConnection<T>(prepare: (db: DB) => T): (db: DB) => T {
  const cache = new WeakMap<DB, T>()
  return (db) => {
    let prepared = cache.get(db)
    if (!prepared) {
      prepared = prepare(db)
      cache.set(db, prepared)
    }
    return prepared
  }
}
