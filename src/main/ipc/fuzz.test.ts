import { expect, it } from 'vitest'
import { channels } from '../../shared/contract'
import { runIpcFuzz } from '../../../testing/ipc-fuzz'

// A few thousand per run keeps CI to seconds; `node --import ./scripts/ts-resolve.mjs
// scripts/fuzz-ipc.ts RUNS SEED` runs as many as wanted and prints the figures.
it('a few thousand seeded payloads: every refusal is clear and changes nothing', async () => {
  const figures = await runIpcFuzz({ seed: 20261125, runs: 3000 })
  console.info(`IPC fuzz: ${JSON.stringify(figures)}`)
  expect(figures.payloads).toBe(3000)
  expect(figures.channels).toBe(channels.length)
  expect(figures.refused).toBeGreaterThan(2000)
  expect(figures.accepted).toBeGreaterThan(0)
}, 120_000)
