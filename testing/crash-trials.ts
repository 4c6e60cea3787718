import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../src/main/db/database'
import { makeTempDir } from './temp-diary'
import { seededRandom } from './seeded-random'

const ROOT = join(import.meta.dirname, '..')

export interface CrashFigures {
  seed: number
  trials: number
  acknowledged: number
  lost: number
  /** Rows found that were never acknowledged (saved just before the kill): allowed. */
  unacknowledgedExtra: number
}

/** Starts the saving child on `dir`, kills it with SIGKILL `afterMs` after it is ready. */
function killDuringSaves(dir: string, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', './scripts/ts-resolve.mjs', 'testing/crash-child.ts', dir],
      // stdin stays open while the parent lives: the child ends when it closes (a timed-out test).
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    let armed = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (!armed && out.includes('ready\n')) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), afterMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`the child stopped on its own: ${err.slice(0, 2000)}`))
        return
      }
      // A line cut by the kill is not an acknowledgement.
      const lines = out.split('\n').slice(0, -1)
      resolve(lines.filter((l) => /^\d+$/.test(l)).map(Number))
    })
  })
}

/**
 * `trials` times: a child saves through the real handlers and is killed with SIGKILL at a random
 * moment (continuing the same journal each time); then the journal must open (no stray or
 * rewound WAL, whole by integrity_check) and hold every check-in whose save was acknowledged.
 */
export async function runCrashTrials({
  seed,
  trials,
  maxMs = 400,
}: {
  seed: number
  trials: number
  maxMs?: number
}): Promise<CrashFigures> {
  const rnd = seededRandom(seed)
  const dir = makeTempDir('unknot-crash-')
  const figures: CrashFigures = { seed, trials, acknowledged: 0, lost: 0, unacknowledgedExtra: 0 }
  const acknowledged = new Set<number>()
  try {
    for (let trial = 0; trial < trials; trial++) {
      const ids = await killDuringSaves(dir, Math.floor(rnd() * maxMs))
      for (const id of ids) acknowledged.add(id)
      const db = openDatabase(join(dir, 'journal.sqlite'))
      try {
        const present = new Set(db.prepare('SELECT id FROM checkins').pluck().all() as number[])
        figures.lost = [...acknowledged].filter((id) => !present.has(id)).length
        figures.unacknowledgedExtra = [...present].filter((id) => !acknowledged.has(id)).length
        // Carried into the next trial as acknowledged: they are in the journal now.
        for (const id of present) acknowledged.add(id)
      } finally {
        db.close()
      }
      if (figures.lost > 0) break
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  figures.acknowledged = acknowledged.size
  return figures
}
