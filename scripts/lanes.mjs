// `npm test` runs its single-threaded steps (tsc, ESLint, one vitest worker on two cores) in two
// lanes at once: each lane runs its npm scripts in order and stops at its first failure, the
// other lane runs on, so every failure is shown. Each line is prefixed with its script's name;
// the exit code is 1 when any script failed. Usage: node scripts/lanes.mjs "a b" "c d".
import { spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/**
 * @param {string} script an npm script's name
 * @returns {{ command: string, args: string[] }}
 */
const npmRun = (script) => ({ command: 'npm', args: ['run', script] })

/** Passes a child's output on line by line, each line prefixed, so lanes do not mix mid-line. */
function prefixed(stream, prefix, write) {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) write(`${prefix}${line}\n`)
  })
  stream.on('end', () => {
    if (rest) write(`${prefix}${rest}\n`)
  })
}

/**
 * @param {string} script
 * @param {(script: string) => { command: string, args: string[] }} commandOf
 * @param {(text: string) => void} write
 * @returns {Promise<number>} the exit code (1 when the child could not start or was killed)
 */
function runOne(script, commandOf, write) {
  const { command, args } = commandOf(script)
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const prefix = `[${script}] `
    prefixed(child.stdout, prefix, write)
    prefixed(child.stderr, prefix, write)
    child.on('error', (error) => {
      write(`${prefix}could not start: ${error.message}\n`)
      resolve(1)
    })
    child.on('close', (code) => resolve(code ?? 1))
  })
}

/**
 * Runs each lane's scripts in order, the lanes at once.
 * @param {string[][]} lanes
 * @param {{ commandOf?: (script: string) => { command: string, args: string[] }, write?: (text: string) => void }} [options]
 * @returns {Promise<{ script: string, code: number | null, seconds: number }[]>} every script,
 *   `code: null` for one not run because an earlier script of its lane failed
 */
export async function runLanes(
  lanes,
  { commandOf = npmRun, write = (t) => process.stdout.write(t) } = {},
) {
  const results = await Promise.all(
    lanes.map(async (lane) => {
      const done = []
      let failed = false
      for (const script of lane) {
        if (failed) {
          done.push({ script, code: null, seconds: 0 })
          continue
        }
        const start = performance.now()
        const code = await runOne(script, commandOf, write)
        done.push({ script, code, seconds: (performance.now() - start) / 1000 })
        failed = code !== 0
      }
      return done
    }),
  )
  return results.flat()
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lanes = process.argv.slice(2).map((lane) => lane.split(/\s+/).filter(Boolean))
  if (lanes.length === 0 || lanes.some((lane) => lane.length === 0)) {
    console.error('usage: node scripts/lanes.mjs "script script…" "script…"')
    process.exit(2)
  }
  const results = await runLanes(lanes)
  for (const { script, code, seconds } of results) {
    const outcome = code === null ? 'not run' : code === 0 ? 'passed' : `FAILED (exit ${code})`
    console.log(`lanes: ${script} ${outcome}${code === null ? '' : `, ${seconds.toFixed(0)} s`}`)
  }
  if (results.some((r) => r.code !== 0)) process.exit(1)
}
