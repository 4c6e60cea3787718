import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/database'
import { migrations } from '../db/migrations'
import { snapshotDir, snapshotJournal } from '../backup/snapshots'
import { channels, contract } from '../../shared/contract'
import { insertCheckin } from '../../../testing/diary-rows'
import { folderState, layStrayWal, makeReadOnly, sha } from '../../../testing/journal-files'
import {
  makeTempDir,
  openTempDiary,
  openTempJournal,
  type TempJournal,
} from '../../../testing/temp-diary'
import { answersWithoutJournal } from './journal-guard'
import { SAMPLE_INPUTS } from '../../../testing/ipc-samples'

/** The channels the contract declares as writes to the open journal (the ways out excepted). */
const writeChannels = channels.filter((c) => contract[c].writes && !answersWithoutJournal(c))
const readChannels = channels.filter((c) => !contract[c].writes && !answersWithoutJournal(c))

const NOW = new Date('2026-04-10T09:00:00Z')
let opened: TempJournal | undefined
afterEach(() => opened?.close())

function open(prepare: (file: string, dir: string) => void, automaticBackups = false) {
  opened = openTempJournal({ now: () => NOW, prepare, automaticBackups })
  return opened
}

/** A journal with check-ins, closed cleanly, and (when asked) one automatic snapshot of it. */
function journalWith(file: string, pains: number[], withSnapshot = false): void {
  const db = openDatabase(file)
  pains.forEach((pain, i) =>
    insertCheckin(db, {
      date: `2026-03-${String(i + 1).padStart(2, '0')}`,
      slot: 'morning',
      pain,
      stiffness: 1,
    }),
  )
  if (withSnapshot)
    snapshotJournal(db, snapshotDir(file), 'daily', new Date('2026-04-09T08:00:00Z'))
  db.close()
}

function damage(file: string): void {
  const bytes = readFileSync(file)
  bytes.fill(0x5a, 4096)
  writeFileSync(file, bytes)
}

async function value(t: TempJournal, channel: string, input?: unknown): Promise<unknown> {
  const result = await t.call(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value
}

const pains = (t: TempJournal) =>
  t.journal.db.prepare('SELECT pain FROM checkins ORDER BY date').pluck().all()

/** Each of `channels` is refused as a conflict, in the journal's present state. */
async function expectConflict(t: TempJournal, channels: string[]) {
  for (const channel of channels) {
    expect(await t.call(channel), channel).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
  }
}

describe('a journal that cannot be opened', () => {
  it('says what happened, names the file and offers the newest automatic backup', async () => {
    const t = open((file) => {
      journalWith(file, [3, 4], true)
      damage(file)
    })
    expect(await value(t, 'journal:status')).toMatchObject({
      state: 'unavailable',
      problem: 'damaged',
      file: t.file,
      actions: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
      latestBackup: { kind: 'daily', createdAt: '2026-04-09T08:00:00.000Z' },
    })
    const status = (await value(t, 'journal:status')) as { message: string }
    expect(status.message).toContain(t.file)
  })

  it('every other channel refuses with no_journal and nothing is written', async () => {
    const t = open((file) => {
      journalWith(file, [3])
      damage(file)
    })
    const before = folderState(t.dir)
    for (const channel of channels.filter((c) => !answersWithoutJournal(c))) {
      const result = await t.call(channel, undefined)
      // Input is checked first; anything that passes it meets the guard.
      if (!result.ok && result.error.code === 'invalid_input') continue
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'no_journal' } })
    }
    expect(await t.call('checkins:list', { from: '2026-03-01', to: '2026-03-31' })).toMatchObject({
      ok: false,
      error: { code: 'no_journal' },
    })
    expect(folderState(t.dir)).toEqual(before)
  })

  it('opens the newest automatic backup, setting the damaged file aside (nothing deleted)', async () => {
    const t = open((file) => {
      journalWith(file, [3, 4], true)
      damage(file)
    })
    const damaged = sha(t.file)
    const result = (await value(t, 'recovery:openLatestBackup')) as { message: string }
    expect(result).toMatchObject({ status: { state: 'open', readOnly: false } })
    expect(result.message).toMatch(/9 Apr 2026/)
    expect(pains(t)).toEqual([3, 4])
    const aside = readdirSync(t.dir).filter((n) => n.startsWith('journal-set-aside-'))
    expect(aside).toHaveLength(1)
    expect(sha(join(t.dir, aside[0] ?? ''))).toBe(damaged)
  })

  it('restores a backup file through the same checks as Settings; a bad one moves nothing', async () => {
    const source = openTempDiary({ now: () => NOW })
    insertCheckin(source.db, { date: '2026-03-01', slot: 'evening', pain: 7, stiffness: 1 })
    const backup = join(source.dir, 'b.json')
    source.services.nextSavePath = backup
    expect(await source.call('backup:export')).toMatchObject({ ok: true })

    const t = open((file) => {
      journalWith(file, [1])
      damage(file)
    })
    const before = folderState(t.dir)
    const edited = join(source.dir, 'bad.json')
    writeFileSync(edited, readFileSync(backup, 'utf8').replace('"pain": 7', '"pain": 70'))
    t.services.nextOpenPath = edited
    expect(await t.call('recovery:restoreFile')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(folderState(t.dir)).toEqual(before)

    t.services.nextOpenPath = backup
    expect(await value(t, 'recovery:restoreFile')).toMatchObject({ status: { state: 'open' } })
    expect(pains(t)).toEqual([7])
    source.close()
  })

  it('starts a new journal, keeping the old file beside it', async () => {
    const t = open((file) => writeFileSync(file, 'my shopping list'))
    expect(await value(t, 'recovery:startNew')).toMatchObject({ status: { state: 'open' } })
    expect(pains(t)).toEqual([])
    const aside = readdirSync(t.dir).filter((n) => n.startsWith('journal-set-aside-'))
    expect(readFileSync(join(t.dir, aside[0] ?? ''), 'utf8')).toBe('my shopping list')
  })

  it('a folder where the journal should be is set aside too', async () => {
    const t = open((file) => {
      mkdirSync(file)
      writeFileSync(join(file, 'inside.txt'), 'kept')
    })
    expect(await value(t, 'journal:status')).toMatchObject({ problem: 'is_directory' })
    expect(await value(t, 'recovery:startNew')).toMatchObject({ status: { state: 'open' } })
    const aside = readdirSync(t.dir).find((n) => n.startsWith('journal-set-aside-')) ?? ''
    expect(readFileSync(join(t.dir, aside, 'inside.txt'), 'utf8')).toBe('kept')
  })

  it('a stray WAL is set aside and the journal opens as it was', async () => {
    const t = open((file) => {
      journalWith(file, [2, 5])
      layStrayWal(file)
    })
    const wal = sha(`${t.file}-wal`)
    expect(await value(t, 'journal:status')).toMatchObject({
      problem: 'stray_wal',
      actions: ['setAsideWal', 'quit'],
    })
    expect(await value(t, 'recovery:setAsideWal')).toMatchObject({ status: { state: 'open' } })
    expect(pains(t)).toEqual([2, 5])
    const aside = readdirSync(t.dir).find((n) => n.startsWith('journal.sqlite-wal.set-aside-'))
    expect(sha(join(t.dir, aside ?? ''))).toBe(wal)
  })

  it('a folder named like the WAL is a stray file too, not damage: set aside, it opens', async () => {
    const t = open((file) => {
      journalWith(file, [3])
      mkdirSync(`${file}-wal`)
      writeFileSync(join(`${file}-wal`, 'inside.txt'), 'kept')
    })
    const before = sha(t.file)
    expect(await value(t, 'journal:status')).toMatchObject({
      problem: 'stray_wal',
      actions: ['setAsideWal', 'quit'],
      message: expect.stringContaining('journal.sqlite-wal') as string,
    })
    expect(sha(t.file)).toBe(before)
    expect(await value(t, 'recovery:setAsideWal')).toMatchObject({ status: { state: 'open' } })
    expect(pains(t)).toEqual([3])
    const aside = readdirSync(t.dir).find((n) => n.startsWith('journal.sqlite-wal.set-aside-'))
    expect(readFileSync(join(t.dir, aside ?? '', 'inside.txt'), 'utf8')).toBe('kept')
  })

  it('never offers to restore over a healthy file: locked and newer journals', async () => {
    const t = open((file) => {
      journalWith(file, [1], true)
      const future = new Database(file)
      future.pragma(`user_version = ${migrations.length + 1}`)
      future.close()
    })
    expect(await value(t, 'journal:status')).toMatchObject({
      problem: 'too_new',
      actions: ['quit'],
    })
    const before = folderState(t.dir)
    await expectConflict(t, [
      'recovery:openLatestBackup',
      'recovery:startNew',
      'recovery:restoreFile',
      'recovery:setAsideWal',
    ])
    expect(folderState(t.dir)).toEqual(before)
  })

  it('a locked journal offers to try again, and opens once the other program lets go', async () => {
    let other: Database.Database | undefined
    const t = open((file) => {
      journalWith(file, [4])
      other = new Database(file)
      other.prepare('BEGIN IMMEDIATE').run()
    })
    expect(await value(t, 'journal:status')).toMatchObject({
      problem: 'locked',
      actions: ['retry', 'quit'],
    })
    expect(await value(t, 'recovery:retry')).toMatchObject({ status: { problem: 'locked' } })
    other?.prepare('ROLLBACK').run()
    other?.close()
    expect(await value(t, 'recovery:retry')).toMatchObject({ status: { state: 'open' } })
    expect(pains(t)).toEqual([4])
  })

  it('quits on request', async () => {
    const t = open((file) => writeFileSync(file, 'x'))
    expect(await value(t, 'recovery:quit')).toEqual({ quitting: true })
    expect(t.services.quits).toBe(1)
  })

  it('the repair steps refuse while the journal is open', async () => {
    const t = open(() => {})
    await expectConflict(t, [
      'recovery:startNew',
      'recovery:openLatestBackup',
      'recovery:setAsideWal',
      'recovery:retry',
    ])
  })
})

describe('a read-only journal', () => {
  it('says so, reads, and refuses every save with read_only before any dialog', async () => {
    const ro = makeTempDir()
    const made = makeReadOnly(ro, (d) => journalWith(join(d, 'journal.sqlite'), [3, 6]))
    if (!made)
      throw new Error('This machine can neither mount a read-only disk nor use file modes.')
    console.info(`read-only handler test: ${made.how}`)
    try {
      const t = openTempJournal({ dir: ro, now: () => NOW })
      try {
        expect(await value(t, 'journal:status')).toMatchObject({ state: 'open', readOnly: true })
        expect(pains({ ...t })).toEqual([3, 6])
        expect(
          await t.call('checkins:list', { from: '2026-03-01', to: '2026-03-31' }),
        ).toMatchObject({ ok: true })
        const before = folderState(ro)
        t.services.nextOpenPath = join(ro, 'journal.sqlite')
        expect(writeChannels.length).toBeGreaterThan(10)
        for (const channel of writeChannels) {
          const result = await t.call(channel, SAMPLE_INPUTS[channel])
          expect(result, channel).toMatchObject({ ok: false, error: { code: 'read_only' } })
          if (!result.ok) expect(result.error.message).toMatch(/read-only/)
        }
        expect(folderState(ro)).toEqual(before)
        // What the contract declares as reads is never refused as read_only.
        t.services.nextOpenPath = undefined
        for (const channel of readChannels.filter((c) => Object.hasOwn(SAMPLE_INPUTS, c))) {
          const result = await t.call(channel, SAMPLE_INPUTS[channel])
          if (!result.ok) expect(result.error.code, channel).not.toBe('read_only')
        }
      } finally {
        t.close()
      }
    } finally {
      made.release()
      rmSync(ro, { recursive: true, force: true })
    }
  })
})

it('every write channel has a valid sample input', () => {
  for (const channel of writeChannels) {
    expect(Object.hasOwn(SAMPLE_INPUTS, channel), channel).toBe(true)
    const parsed = contract[channel].input.safeParse(SAMPLE_INPUTS[channel])
    expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
  }
})
