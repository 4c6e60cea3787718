import { expect, it } from 'vitest'
import { runCrashTrials } from '../../../testing/crash-trials'

// Three kills keep CI to seconds; `node --import ./scripts/ts-resolve.mjs
// scripts/crash-trials.ts 50` runs fifty and prints the figures.
it('SIGKILL during a save loop loses no acknowledged check-in', async () => {
  const figures = await runCrashTrials({ seed: 9, trials: 3 })
  console.info(`crash trials: ${JSON.stringify(figures)}`)
  expect(figures.acknowledged).toBeGreaterThan(0)
  expect(figures.lost).toBe(0)
}, 60_000)
