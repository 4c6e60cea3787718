/**
 * Opening a ten-year journal that a crash left with a 1,000-frame WAL, through the app's real
 * start-up path (JournalSession.open: the WAL scan, the inspection from a copy in memory with
 * integrity_check, the open and the checkpoint). A section of `npm run bench`; the budget is
 * on the median wall-clock time.
 */
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../src/main/db/database'
import { JournalSession } from '../src/main/journal/journal-session'
import { seedSyntheticDiary } from '../testing/synthetic-diary'
import { makeTempDir } from '../testing/temp-diary'

const FRAMES = 1000
export const OPEN_RUNS = 7
export const OPEN_BUDGET_MS = 1000

const frames = (wal: string) => Math.floor((statSync(wal).size - 32) / (4096 + 24))

export interface OpenTiming {
  frames: number
  /** Wall-clock milliseconds: the median and the slowest of RUNS opens. */
  p50: number
  max: number
  /** CPU milliseconds of the median open: what the open costs on a machine not shared. */
  cpuP50: number
}

export function benchJournalOpen(today: string): OpenTiming {
  const dir = makeTempDir('unknot-bench-open-')
  try {
    const built = join(dir, 'built.sqlite')
    const db = openDatabase(built)
    seedSyntheticDiary(db, { to: today, days: 3650 })
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.pragma('wal_autocheckpoint = 0')
    const ids = db.prepare('SELECT id FROM checkins').pluck().all() as number[]
    const edit = db.prepare('UPDATE checkins SET pain = (pain + 1) % 11 WHERE id = ?')
    // One save per transaction, spread over the years, as a day of edits would be.
    for (let i = 0; frames(`${built}-wal`) < FRAMES; i++) {
      edit.run(ids[(i * 7919) % ids.length])
    }
    const walFrames = frames(`${built}-wal`)
    // The pair as a crash leaves it: copied while the writer is still open.
    copyFileSync(built, join(dir, 'crashed.sqlite'))
    copyFileSync(`${built}-wal`, join(dir, 'crashed.sqlite-wal'))
    db.close()

    const times: number[] = []
    const cpu: number[] = []
    for (let run = 0; run < OPEN_RUNS; run++) {
      mkdirSync(join(dir, `run-${run}`))
      const file = join(dir, `run-${run}`, 'journal.sqlite')
      copyFileSync(join(dir, 'crashed.sqlite'), file)
      copyFileSync(join(dir, 'crashed.sqlite-wal'), `${file}-wal`)
      const session = new JournalSession({
        file,
        now: () => new Date(`${today}T20:00:00`),
        automaticBackups: false,
      })
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      const status = session.open()
      times.push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
      session.close()
      if (status.state !== 'open') throw new Error(`the journal did not open: ${status.message}`)
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a - b)
    return {
      frames: walFrames,
      p50: times[Math.floor(times.length / 2)] ?? NaN,
      max: times.at(-1) ?? NaN,
      cpuP50: cpu[Math.floor(cpu.length / 2)] ?? NaN,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
