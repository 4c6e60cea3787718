import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import {
  editBackup as edit,
  expectRestored,
  exportBackup,
  restoreBackup,
} from '../../../testing/backup-files'
import { insertCheckin, insertEpisode } from '../../../testing/diary-rows'
import Database from 'better-sqlite3'
import { openDatabase } from '../db/database'
import { migrations } from '../db/migrations'
import { migration003 } from '../db/migrations/003-application-id'
import { MAX_BACKUP_BYTES } from './backup-file'
import { snapshotDir, snapshotJournal } from './snapshots'

let diary: TempDiary
let clock: Date
beforeEach(() => {
  clock = new Date('2026-04-10T09:00:00Z')
  diary = openTempDiary({ now: () => clock })
  insertCheckin(diary.db, { date: '2026-04-01', slot: 'morning', pain: 4, stiffness: 3 })
})
afterEach(() => diary.close())

const exportTo = (name: string) => exportBackup(diary, name)
const restore = (path: string) => restoreBackup(diary, path)

/** Restores `path` expecting a refusal that names `message`, with no safety copy left behind. */
async function expectRestoreRefused(path: string, message: RegExp): Promise<string> {
  diary.services.nextOpenPath = path
  const text = await expectRefused(diary, 'backup:restore', undefined)
  expect(text).toMatch(message)
  expect(existsSync(snapshotDir(diary.file)) ? readdirSync(snapshotDir(diary.file)) : []).toEqual(
    [],
  )
  return text
}

describe('restore reads only what can be a backup', () => {
  it('refuses a named pipe at once instead of waiting on it', async () => {
    const fifo = join(diary.dir, 'pipe.json')
    execFileSync('mkfifo', [fifo])
    await expectRestoreRefused(fifo, /not a regular file/)
  })

  it('refuses a device that would be read for ever (the process grew to 24 GB)', async () => {
    await expectRestoreRefused('/dev/zero', /not a regular file/)
  })

  it('refuses a folder', async () => {
    const folder = join(diary.dir, 'folder.json')
    mkdirSync(folder)
    await expectRestoreRefused(folder, /not a regular file|could not be read/)
  })

  it('checks the size before reading', async () => {
    const big = join(diary.dir, 'big.json')
    writeFileSync(big, '')
    truncateSync(big, MAX_BACKUP_BYTES + 1) // sparse: nothing is written or read
    await expectRestoreRefused(big, /far too large/)
  })

  it('accepts a UTF-8 byte order mark', async () => {
    const path = await exportTo('b.json')
    const withBom = join(diary.dir, 'bom.json')
    writeFileSync(withBom, `\uFEFF${readFileSync(path, 'utf8')}`)
    diary.db.exec('DELETE FROM checkins')
    await expectRestored(diary, withBom)
    expect(diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(1)
  })
})

describe('restore checks records as the forms do', () => {
  it.each([
    ['episodes', 'trigger_note', 201],
    ['treatments', 'detail', 201],
    ['treatments', 'side_effect', 501],
  ])('refuses %s.%s longer than the form allows (%i characters)', async (table, column, length) => {
    insertEpisode(diary.db, { startedOn: '2026-03-01', endedOn: '2026-03-05', region: 'lower' })
    diary.db
      .prepare(
        `INSERT INTO treatments (kind, started_at, created_at, updated_at)
         VALUES ('heat', '2026-03-02T10:00', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z')`,
      )
      .run()
    const path = edit(await exportTo('b.json'), (f) => {
      const row = f.tables[table]?.[0]
      if (row) row[column] = 'x'.repeat(length)
    })
    await expectRestoreRefused(path, new RegExp(`${table} record 1, ${column}: must be at most`))
  })

  it('leaves no safety copy behind when the records do not fit together', async () => {
    const path = edit(await exportTo('b.json'), (f) => {
      const first = f.tables['checkins']?.[0] ?? {}
      f.tables['checkins']?.push({ ...first, id: 99 })
    })
    await expectRestoreRefused(path, /do not fit together/)
  })
})

describe('backups and the clock', () => {
  it('a backup made while the clock ran ahead restores once the clock is right', async () => {
    clock = new Date('2027-01-15T09:00:00Z') // the clock a year ahead
    insertCheckin(diary.db, { date: '2027-01-14', slot: 'evening', pain: 2, stiffness: 2 })
    const path = await exportTo('ahead.json')
    clock = new Date('2026-04-10T09:00:00Z') // fixed
    diary.db.exec('DELETE FROM checkins')
    await expectRestored(diary, path)
    expect(diary.db.prepare('SELECT date FROM checkins ORDER BY date').pluck().all()).toEqual([
      '2026-04-01',
      '2027-01-14',
    ])
  })

  it('an entry saved while the clock said 2036, exported once it was fixed, restores', async () => {
    clock = new Date('2036-01-01T09:00:00Z') // the clock ten years ahead
    insertCheckin(diary.db, { date: '2036-01-01', slot: 'morning', pain: 3, stiffness: 2 })
    clock = new Date('2026-04-10T09:00:00Z') // fixed; the backup is made today
    const path = await exportTo('fixed.json')
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      exportedAt: '2026-04-10T09:00:00.000Z',
    })
    diary.db.exec('DELETE FROM checkins')
    await expectRestored(diary, path, {
      notice:
        "1 entry is dated after the day this backup was made (Tue, 1 Jan 2036); check your computer's clock, then edit or delete it.",
    })
    expect(diary.db.prepare('SELECT date FROM checkins ORDER BY date').pluck().all()).toEqual([
      '2026-04-01',
      '2036-01-01',
    ])
  })

  it('hand-edited entries dated ahead still meet every other check', async () => {
    const path = edit(await exportTo('b.json'), (f) => {
      const row = f.tables['checkins']?.[0] ?? {}
      row['date'] = '2036-01-01'
      row['pain'] = 11
    })
    await expectRestoreRefused(path, /checkins record 1, pain/)
  })

  it('nothing breaks while the clock is behind an ongoing episode', async () => {
    const id = insertEpisode(diary.db, { startedOn: '2026-04-05', endedOn: null, region: 'lower' })
    clock = new Date('2026-03-01T09:00:00Z') // behind the episode's start
    const list = await diary.call('episodes:list', {})
    expect(list).toMatchObject({ ok: true })
    expect(await diary.call('episodes:get', { id })).toMatchObject({
      ok: true,
      value: { days: 1 },
    })
    for (const [channel, input] of [
      ['alerts:list', undefined],
      ['trends:get', { from: '2026-01-01', to: '2026-04-30' }],
      ['report:get', { from: '2026-01-01', to: '2026-04-30' }],
      ['checkins:list', { from: '2026-01-01', to: '2026-04-30' }],
    ] as const) {
      expect(await diary.call(channel, input), channel).toMatchObject({ ok: true })
    }
  })

  it('no date before 1900 is accepted anywhere', async () => {
    await expectRefused(diary, 'checkins:save', {
      date: '0001-01-01',
      slot: 'morning',
      pain: 1,
      stiffness: 1,
      spasmFrequency: 0,
    })
    await expectRefused(diary, 'episodes:start', {
      startedOn: '1899-12-31',
      region: 'lower',
      side: 'left',
    })
    const path = edit(await exportTo('old.json'), (f) => {
      const row = f.tables['checkins']?.[0]
      if (row) row['date'] = '0001-01-01'
    })
    await expectRestoreRefused(path, /checkins record 1, date/)
  })
})

describe('error messages echo only a short excerpt of the input', () => {
  it('a 1 MB unknown key', async () => {
    const key = 'k'.repeat(1024 * 1024)
    const result = await diary.call('checkins:save', {
      date: '2026-04-02',
      slot: 'morning',
      pain: 1,
      stiffness: 1,
      spasmFrequency: 0,
      [key]: 1,
    })
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result).length).toBeLessThan(1000)
  })

  it('a 1 MB table name in a backup file', async () => {
    const path = edit(await exportTo('b.json'), (f) => (f.tables['t'.repeat(1024 * 1024)] = []))
    const message = await expectRestoreRefused(path, /tables this version does not know/)
    expect(message.length).toBeLessThan(300)
  })

  it('ten thousand bad records', async () => {
    const path = edit(await exportTo('b.json'), (f) => {
      const first = f.tables['checkins']?.[0] ?? {}
      f.tables['checkins'] = Array.from({ length: 10_000 }, (_, i) => ({
        ...first,
        id: i + 1,
        pain: 99,
      }))
    })
    const result = await restore(path)
    expect(JSON.stringify(result).length).toBeLessThan(10_000)
    expect(JSON.stringify(result)).toMatch(/and 9999 more problems/)
  })
})

describe('automatic backups in Settings', () => {
  it('lists them and restores one through the same checks', async () => {
    const dir = snapshotDir(diary.file)
    snapshotJournal(diary.db, dir, 'daily', new Date('2026-04-09T08:00:00Z'))
    diary.db.exec('UPDATE checkins SET pain = 9')
    const list = await diary.call('backup:listAutomatic')
    expect(list).toMatchObject({
      ok: true,
      value: [{ name: 'journal-daily-2026-04-09T08-00-00-000Z.sqlite', kind: 'daily' }],
    })
    const restored = await diary.call('backup:restoreAutomatic', {
      name: 'journal-daily-2026-04-09T08-00-00-000Z.sqlite',
    })
    expect(restored).toMatchObject({ ok: true, value: { restored: true, counts: { checkins: 1 } } })
    expect(diary.db.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([4])
    // The diary as it was before is itself a snapshot now.
    expect(readdirSync(dir).some((n) => n.startsWith('journal-before-restore-'))).toBe(true)
  })

  it('refuses a name that is not in the list, and any path', async () => {
    const before = snapshot(diary.db)
    expect(
      await diary.call('backup:restoreAutomatic', {
        name: 'journal-daily-2020-01-01T00-00-00-000Z.sqlite',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await expectRefused(diary, 'backup:restoreAutomatic', { name: '../journal.sqlite' })
    await expectRefused(diary, 'backup:restoreAutomatic', {
      name: '../../etc/journal-daily-2020-01-01T00-00-00-000Z.sqlite',
    })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('refuses a damaged snapshot and changes nothing', async () => {
    const dir = snapshotDir(diary.file)
    const path = snapshotJournal(diary.db, dir, 'daily', new Date('2026-04-09T08:00:00Z'))
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 4096)
    writeFileSync(path, bytes)
    const name = 'journal-daily-2026-04-09T08-00-00-000Z.sqlite'
    const before = snapshot(diary.db)
    const result = await diary.call('backup:restoreAutomatic', { name })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(snapshot(diary.db)).toEqual(before)
    expect(readdirSync(dir)).toEqual([name])
  })

  it('restores one made before application ids, notes for the doctor and PEG (schema 2)', async () => {
    const dir = snapshotDir(diary.file)
    mkdirSync(dir)
    const name = 'journal-daily-2026-04-09T08-00-00-000Z.sqlite'
    const old = openDatabase(join(dir, name), {
      migrations: migrations.slice(0, migration003.version - 1),
    })
    insertCheckin(old, { date: '2026-03-30', slot: 'morning', pain: 7, stiffness: 6, notes: 'Old' })
    insertEpisode(old, { startedOn: '2026-03-29', endedOn: '2026-04-02' })
    old.pragma('journal_mode = DELETE')
    old.close()
    diary.db.exec('UPDATE checkins SET pain = 1')
    expect(await diary.call('backup:listAutomatic')).toMatchObject({ ok: true, value: [{ name }] })
    expect(await diary.call('backup:restoreAutomatic', { name })).toMatchObject({
      ok: true,
      value: { restored: true, counts: { checkins: 1, episodes: 1, peg_scores: 0 } },
    })
    expect(
      diary.db.prepare('SELECT pain, notes, note_for_doctor, episode_id FROM checkins').all(),
    ).toEqual([{ pain: 7, notes: 'Old', note_for_doctor: 0, episode_id: 1 }])
    // The snapshot itself was read from a private copy, never migrated in place.
    const copy = new Database(join(dir, name), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(migration003.version - 1)
    copy.close()
  })

  it('names a file that is not a database in plain words', async () => {
    const dir = snapshotDir(diary.file)
    mkdirSync(dir)
    const name = 'journal-daily-2026-04-09T08-00-00-000Z.sqlite'
    writeFileSync(join(dir, name), 'not a database at all '.repeat(300))
    const message = await expectRefused(diary, 'backup:restoreAutomatic', { name })
    expect(message).toBe(
      `The automatic backup ${name} cannot be restored (not a database). Your diary was not changed.`,
    )
  })
})
