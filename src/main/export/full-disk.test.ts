import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { insertCheckin, insertEpisode } from '../../../testing/diary-rows'
import { smallDisk } from '../../../testing/journal-files'
import { makeTempDir, openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { csvPaths } from '../report/report.handlers'
import { writeFilesAtomic } from './atomic-write'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-04-10T09:00:00Z') })
  // Enough check-ins that the first file fits on the small disk and the set does not.
  diary.db.transaction(() => {
    for (let i = 0; i < 400; i++) {
      const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)
      insertCheckin(diary.db, {
        date,
        slot: 'morning',
        pain: i % 11,
        stiffness: 3,
        notes: 'n'.repeat(120),
      })
    }
    for (let i = 0; i < 300; i++) {
      const start = new Date(Date.UTC(2000, 0, 1 + i * 3)).toISOString().slice(0, 10)
      insertEpisode(diary.db, {
        startedOn: start,
        endedOn: start,
        region: 'lower',
        notes: 'e'.repeat(150),
      })
    }
  })()
})
afterEach(() => diary.close())

const RANGE = { from: '1990-01-01', to: '2026-04-10' }

it('the CSV files land together or not at all on a full disk, and the retry works', async () => {
  const mount = makeTempDir('unknot-disk-')
  const disk = smallDisk(mount, 256 * 1024)
  try {
    if (disk) {
      console.info('full-disk test: a 256 KB tmpfs (a real full disk)')
      // Fill part of it, so the export runs out of room after its first file.
      writeFileSync(join(mount, 'filler.bin'), Buffer.alloc(160 * 1024))
      diary.services.nextSavePath = join(mount, 'export.csv')
      const failed = await diary.call('report:exportCsv', RANGE)
      expect(failed).toMatchObject({
        ok: false,
        error: {
          code: 'unavailable',
          message: expect.stringMatching(/disk is full.*nothing was changed/) as string,
        },
      })
      expect(readdirSync(mount)).toEqual(['filler.bin'])
      // Room is made; the same name now works (it was refused as "already exists" before).
      rmSync(join(mount, 'filler.bin'))
      diary.services.nextSavePath = join(mount, 'export.csv')
      expect(await diary.call('report:exportCsv', RANGE)).toMatchObject({
        ok: true,
        value: { saved: true },
      })
      expect(readdirSync(mount).sort()).toEqual([
        'export-checkins.csv',
        'export-episodes.csv',
        'export-experiment_days.csv',
        'export-experiments.csv',
        'export-peg.csv',
        'export-treatments.csv',
      ])
    } else {
      console.info('full-disk test: a write hook failing with ENOSPC (no mount allowed here)')
      const paths = Object.values(csvPaths(join(mount, 'export.csv')))
      let writes = 0
      const full = (path: string, data: string | Uint8Array) => {
        if (++writes === 2) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' })
        writeFileSync(path, data)
      }
      expect(() =>
        writeFilesAtomic(
          paths.map((p) => [p, 'x'] as const),
          full,
        ),
      ).toThrow(/no space/)
      expect(readdirSync(mount)).toEqual([])
      writeFilesAtomic(paths.map((p) => [p, 'x'] as const))
      expect(paths.every((p) => existsSync(p))).toBe(true)
    }
  } finally {
    disk?.release()
    rmSync(mount, { recursive: true, force: true })
  }
})

it('a failure while renaming takes back the files already placed', () => {
  const dir = makeTempDir()
  const files = [join(dir, 'a.csv'), join(dir, 'missing', 'b.csv')]
  // The second temp file cannot be written (no such folder): nothing may remain.
  expect(() => writeFilesAtomic(files.map((f) => [f, 'x'] as const))).toThrow()
  expect(readdirSync(dir)).toEqual([])
  rmSync(dir, { recursive: true, force: true })
})
