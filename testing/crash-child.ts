/**
 * The child of the crash-durability test: opens the journal as the app does and saves check-ins
 * through the real dispatch and handlers as fast as it can, printing each id once its save has
 * answered. The parent kills it with SIGKILL at a random moment.
 * Run: node --import ./scripts/ts-resolve.mjs testing/crash-child.ts DATA_DIR
 */
import { join } from 'node:path'
import { dispatch } from '../src/main/ipc/dispatch'
import { handlers } from '../src/main/ipc/handlers'
import type { HandlerContext } from '../src/main/ipc/handler'
import { JournalSession } from '../src/main/journal/journal-session'
import { createFakeServices } from './fake-services'

const dir = process.argv[2]
if (!dir) throw new Error('usage: crash-child.ts DATA_DIR')
const file = join(dir, 'journal.sqlite')
const journal = new JournalSession({ file, now: () => new Date(), automaticBackups: false })
const status = journal.open()
if (status.state !== 'open') throw new Error(`journal unavailable: ${JSON.stringify(status)}`)
const ctx: HandlerContext = {
  get db() {
    return journal.db
  },
  journal,
  now: () => new Date(),
  app: {
    name: 'Unknot',
    version: 'crash-test',
    dataFile: file,
    locale: 'en-GB',
    systemLanguages: ['en-GB'],
  },
  services: createFakeServices(),
}

// An orphan must not save forever: the parent holds stdin open, and a closed pipe ends it.
process.stdin.on('close', () => process.exit(0)).resume()
process.stdout.on('error', () => process.exit(0))
process.stdout.write('ready\n')
for (let i = 0; ; i++) {
  const day = new Date(Date.UTC(2000, 0, 1 + (i % 9000))).toISOString().slice(0, 10)
  const result = await dispatch(handlers, ctx, 'checkins:save', {
    date: day,
    slot: 'other',
    pain: i % 11,
    stiffness: 1,
    spasmFrequency: 0,
    notes: `save ${i}`,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  // Pipes are written synchronously on Linux: the parent reads exactly what was acknowledged.
  process.stdout.write(`${String((result.value as { id: number }).id)}\n`)
  // The saves resolve as microtasks: let the event loop turn now and then to see stdin close.
  if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve))
}
