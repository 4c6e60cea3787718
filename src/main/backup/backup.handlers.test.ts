import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { seedReportFixture } from '../../../testing/report-fixture'
import {
  editBackup as edit,
  expectRestored,
  exportBackup,
  readBackup,
  restoreBackup,
} from '../../../testing/backup-files'
import { BACKUP_FORMAT_VERSION } from './backup.repo'
import { relinkEntries } from '../episodes/episode-links'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-04-10T09:00:00Z') })
  seedReportFixture(diary.db)
  relinkEntries(diary.db) // as the app keeps them; the fixture inserts rows directly
  diary.db
    .prepare(`INSERT INTO settings (key, value) VALUES ('aSettingOfALaterVersion', '"C"')`)
    .run()
  diary.db
    .prepare(`INSERT INTO checkin_symptoms (checkin_id, code) VALUES (2, 'sharp_stabbing_pain')`)
    .run()
  diary.db
    .prepare(
      `INSERT INTO alert_acknowledgements (key, tier, title, reason, advice, recorded_on,
         source_kind, source_id, acknowledged_at)
       VALUES ('symptom:sharp_stabbing_pain:checkin:2', 'soon', 'Sharp, stabbing pain',
         'You ticked it.', 'Book an appointment.', '2026-03-02', 'checkin', 2,
         '2026-03-02T10:00:00.000Z')`,
    )
    .run()
})
afterEach(() => diary.close())

const exportTo = (name: string) => exportBackup(diary, name)
const restore = (path: string) => restoreBackup(diary, path)

function safetyCopies(): string[] {
  const dir = join(diary.dir, 'backups')
  return existsSync(dir) ? readdirSync(dir) : []
}

describe('backup:export and backup:restore', () => {
  it('round-trips the whole diary and keeps a copy of what it replaced', async () => {
    const original = snapshot(diary.db)
    const path = await exportTo('backup.json')
    const file = readBackup(path)
    expect(file.format).toBe('unknot-backup')
    expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION)
    expect(file.tables['checkins']).toHaveLength(7)

    // Change the diary, then restore: it must equal the exported state exactly.
    diary.db.exec(
      'DELETE FROM treatments; DELETE FROM checkin_symptoms; DELETE FROM alert_acknowledgements;',
    )
    diary.db.exec('UPDATE checkins SET pain = 0; UPDATE settings SET value = \'"F"\'')
    await expectRestored(diary, path, {
      counts: {
        episodes: 5,
        checkins: 7,
        checkin_symptoms: 1,
        treatments: 10,
        settings: 1,
        alert_acknowledgements: 1,
      },
    })
    expect(snapshot(diary.db)).toEqual(original)
    expect(safetyCopies()).toHaveLength(1)
    expect(safetyCopies()[0]).toMatch(/^journal-before-restore-.*\.sqlite$/)
  })

  it('restores a backup made before acknowledgements existed, with none', async () => {
    const path = edit(await exportTo('old.json'), (f) => delete f.tables['alert_acknowledgements'])
    expect(await restore(path)).toMatchObject({ ok: true })
    expect(diary.db.prepare('SELECT count(*) FROM alert_acknowledgements').pluck().get()).toBe(0)
    expect(diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(7)
  })

  it('refuses a symptom code the catalogue does not know', async () => {
    const path = edit(await exportTo('codes.json'), (f) => {
      const first = f.tables['checkin_symptoms']?.[0]
      if (first) first['code'] = 'made_up_sign'
    })
    const before = snapshot(diary.db)
    expect(await restore(path)).toMatchObject({ ok: false })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('links restored entries to the episodes covering their dates, whatever the file said', async () => {
    const path = edit(await exportTo('links.json'), (f) => {
      for (const row of f.tables['checkins'] ?? []) row['episode_id'] = null
    })
    expect(await restore(path)).toMatchObject({ ok: true })
    const linked = diary.db
      .prepare('SELECT count(*) FROM checkins WHERE episode_id IS NOT NULL')
      .pluck()
      .get() as number
    expect(linked).toBeGreaterThan(0)
  })

  it('answers plainly when either dialog is cancelled', async () => {
    expect(await diary.call('backup:export')).toMatchObject({ ok: true, value: { saved: false } })
    const before = snapshot(diary.db)
    expect(await diary.call('backup:restore')).toMatchObject({
      ok: true,
      value: { restored: false },
    })
    expect(snapshot(diary.db)).toEqual(before)
  })

  const refusals: [string, (path: string) => string, RegExp][] = [
    [
      'damaged JSON',
      (path) => {
        const out = join(diary.dir, 'damaged.json')
        writeFileSync(out, readFileSync(path, 'utf8').slice(0, 500))
        return out
      },
      /damaged or is not a backup/,
    ],
    [
      'a newer format version',
      (path) => edit(path, (f) => (f.formatVersion = 2)),
      /newer version of Unknot \(backup format 2/,
    ],
    [
      'an unknown format version',
      (path) => edit(path, (f) => (f.formatVersion = '1')),
      /format version \("1"\) is not one Unknot knows/,
    ],
    [
      'a newer schema',
      (path) => edit(path, (f) => (f.schemaVersion = 99)),
      /newer diary \(schema 99/,
    ],
    [
      'a record out of range',
      (path) => edit(path, (f) => ((f.tables['checkins']?.[3] ?? {})['pain'] = 11)),
      /checkins record 4, pain/,
    ],
    [
      'a record of the wrong type',
      (path) => edit(path, (f) => ((f.tables['treatments']?.[0] ?? {})['started_at'] = 5)),
      /treatments record 1, started_at/,
    ],
    [
      'a health-history setting of the wrong shape',
      (path) =>
        edit(path, (f) =>
          f.tables['settings']?.push({
            key: 'healthHistory',
            value: '{"historyOfCancer":"yes","longTermSteroids":false,"ivDrugUse":false}',
          }),
        ),
      /settings record 2, value: is not a valid healthHistory setting/,
    ],
    [
      'a timestamp that is not ISO 8601',
      (path) =>
        edit(
          path,
          (f) => ((f.tables['alert_acknowledgements']?.[0] ?? {})['acknowledged_at'] = 'garbage'),
        ),
      /alert_acknowledgements record 1, acknowledged_at/,
    ],
    [
      'a missing table',
      (path) => edit(path, (f) => delete f.tables['episodes']),
      /episodes table is missing/,
    ],
    [
      'an unknown table',
      (path) => edit(path, (f) => (f.tables['passwords'] = [])),
      /tables this version does not know \(passwords\)/,
    ],
    [
      'records that do not fit together',
      // Two morning check-ins on one date: each record is fine, together they are not.
      (path) =>
        edit(path, (f) => f.tables['checkins']?.push({ ...f.tables['checkins'][1], id: 99 })),
      /records do not fit together/,
    ],
    [
      'a file that is not a backup',
      () => {
        const out = join(diary.dir, 'other.json')
        writeFileSync(out, '{"hello": "world"}')
        return out
      },
      /not an Unknot backup/,
    ],
  ]

  it.each(refusals)('refuses %s and changes nothing', async (_name, make, message) => {
    const path = await exportTo('backup.json')
    diary.db.exec('UPDATE checkins SET pain = 1') // the diary differs from the backup
    const before = snapshot(diary.db)
    const result = await restore(make(path))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message).toMatch(message)
      expect(result.error.message).toMatch(/Your diary was not changed\.$/)
    }
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('keeps an entry dated after the day the backup was made, and says so', async () => {
    const path = edit(await exportTo('backup.json'), (f) => {
      const episode = f.tables['episodes']?.[0] ?? {}
      episode['started_on'] = '2026-04-11'
      episode['ended_on'] = null
    })
    await expectRestored(diary, path, {
      notice:
        "1 entry is dated after the day this backup was made (Sat, 11 Apr 2026); check your computer's clock, then edit or delete it.",
    })
    expect(diary.db.prepare('SELECT max(started_on) FROM episodes').pluck().get()).toBe(
      '2026-04-11',
    )
  })

  it('refuses a file it cannot read', async () => {
    const before = snapshot(diary.db)
    const result = await restore(join(diary.dir, 'missing.json'))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it.each([
    ['an object (wrong type)', { path: '/etc/passwd' }],
    ['a number (out of range)', 5],
    ['a string', 'backup.json'],
  ])('the channels take no input: refuses %s', async (_name, input) => {
    const before = snapshot(diary.db)
    for (const channel of ['backup:export', 'backup:restore']) {
      const result = await diary.call(channel, input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(snapshot(diary.db)).toEqual(before)
  })
})
