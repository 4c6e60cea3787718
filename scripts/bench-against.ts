/**
 * `npm run bench:against -- <revision>`: this tree's handlers against another revision's, in one
 * process, each on its own ten-year diary (the same seed, each built by its own migrations),
 * timed in turn, run for run. Separate `npm run bench` runs of two builds on a shared machine
 * differ by more than a change of 10 % (docs/performance.md); timed in turn, the machine's
 * drift slows both alike. Prints p50 / p95 per row, their ratio, and whether the two answered
 * the same. The other revision is checked out in a temporary git worktree, removed afterwards.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadAverage, markdownTable, timeInTurn } from './bench-timing'
import type * as TempDiaryModule from '../testing/temp-diary'
import type * as SyntheticDiaryModule from '../testing/synthetic-diary'

const TODAY = '2026-11-24'
const RUNS = Number(process.env['BENCH_RUNS'] ?? 300)
const ROWS = [
  ['trends:get', '1 year', { from: '2025-11-25', to: TODAY }],
  ['trends:get', 'all (10 years)', { from: '1900-01-01', to: TODAY }],
  ['report:get', '1 year', { from: '2025-11-25', to: TODAY }],
  ['report:get', 'all (10 years)', { from: '1900-01-01', to: TODAY }],
  ['insights:get', '1 year', { from: '2025-11-25', to: TODAY }],
  ['insights:get', 'all (10 years)', { from: '1900-01-01', to: TODAY }],
] as const

const revision = process.argv[2]
if (!revision) {
  console.error('Usage: npm run bench:against -- <git revision>')
  process.exit(2)
}
const root = resolve(import.meta.dirname, '..')
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
const other = git('rev-parse', '--short', `${revision}^{commit}`).trim()
const here = git('rev-parse', '--short', 'HEAD').trim()
const dirty = git('status', '--porcelain').trim() !== ''

/**
 * One tree's ten-year diary, seeded and called through that tree's own dispatch. The other
 * tree's modules are taken to have this tree's shapes; they are the same test helpers.
 */
async function diaryOf(tree: string): Promise<Pick<TempDiaryModule.TempDiary, 'call' | 'close'>> {
  const load = (path: string): Promise<unknown> => import(pathToFileURL(join(tree, path)).href)
  const { openTempDiary } = (await load('testing/temp-diary.ts')) as typeof TempDiaryModule
  const { seedSyntheticDiary } = (await load(
    'testing/synthetic-diary.ts',
  )) as typeof SyntheticDiaryModule
  const diary = openTempDiary({ now: () => new Date(`${TODAY}T20:00:00`) })
  seedSyntheticDiary(diary.db, { to: TODAY, days: 3650 })
  return { call: diary.call, close: diary.close }
}

const worktree = mkdtempSync(join(tmpdir(), 'unknot-bench-against-'))
const diaries: Pick<TempDiaryModule.TempDiary, 'close'>[] = []
let cleaned = false

/** Closes the diaries and removes the worktree: at the end, on an error, or on Ctrl-C. */
function cleanUp(): void {
  if (cleaned) return
  cleaned = true
  for (const diary of diaries) diary.close()
  try {
    git('worktree', 'remove', '--force', worktree)
  } catch {
    rmSync(worktree, { recursive: true, force: true })
    git('worktree', 'prune')
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp()
    process.exit(130)
  })
}

try {
  git('worktree', 'add', '--quiet', '--detach', worktree, other)
  // The other tree runs with this tree's packages.
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir')
  const before = await diaryOf(worktree)
  diaries.push(before)
  const after = await diaryOf(root)
  diaries.push(after)
  console.log(
    `${other} (before) against ${here}${dirty ? ' with uncommitted changes' : ''} (after), ` +
      `each through its own dispatch on its own ten-year diary, ${RUNS} runs each in turn.`,
  )
  console.log(`Load average ${loadAverage()} at the start.\n`)
  const table = [
    ['Channel', 'before p50 / p95', 'after p50 / p95', 'after / before (p50)', 'answers'],
  ]
  for (const [channel, label, input] of ROWS) {
    const answers = await Promise.all([before.call(channel, input), after.call(channel, input)])
    const same = JSON.stringify(answers[0]) === JSON.stringify(answers[1])
    const [b, a] = await timeInTurn(
      [() => before.call(channel, input), () => after.call(channel, input)],
      RUNS,
    )
    const ms = (t: typeof a) => `${t?.p50.toFixed(2)} / ${t?.p95.toFixed(2)} ms`
    table.push([
      `${channel} ${label}`,
      ms(b),
      ms(a),
      `${((a?.p50 ?? NaN) / (b?.p50 ?? NaN)).toFixed(2)}×`,
      answers.every((r) => r.ok) ? (same ? 'the same' : 'DIFFER') : 'an error',
    ])
  }
  console.log(markdownTable(table))
  console.log(`\nLoad average ${loadAverage()} at the end.`)
} finally {
  cleanUp()
}
