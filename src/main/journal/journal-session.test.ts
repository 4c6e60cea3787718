import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { insertCheckin } from '../../../testing/diary-rows'
import { makeTempDir } from '../../../testing/temp-diary'
import { JournalSession } from './journal-session'

let dir: string
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('checkpoints and truncates the WAL periodically while the journal is open', async () => {
  const file = join(dir, 'journal.sqlite')
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    automaticBackups: false,
    maintenanceEveryMs: 20,
  })
  journal.open()
  try {
    journal.db.pragma('wal_autocheckpoint = 0')
    insertCheckin(journal.db, { date: '2026-01-01', slot: 'morning', pain: 2, stiffness: 2 })
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0)
    await vi.waitFor(() => expect(statSync(`${file}-wal`).size).toBe(0), { timeout: 2000 })
  } finally {
    journal.close()
  }
  // Closed cleanly: no WAL is left beside the journal.
  expect(existsSync(`${file}-wal`)).toBe(false)
})

it('a failed daily snapshot never keeps the journal from opening', () => {
  const file = join(dir, 'journal.sqlite')
  // A file where the backups folder should be: the snapshot cannot be written.
  const logged: string[] = []
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    log: (message) => logged.push(message),
  })
  writeFileSync(join(dir, 'backups'), 'in the way')
  expect(journal.open()).toMatchObject({ state: 'open' })
  expect(logged).toEqual(['Journal upkeep failed'])
  journal.close()
})
