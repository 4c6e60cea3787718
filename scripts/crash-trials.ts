/**
 * `npm run crash:trials -- [TRIALS] [SEED]`: the crash-durability test at any length (default
 * 50 SIGKILLs), printing how many acknowledged check-ins survived. Exits 1 if any was lost.
 */
import { runCrashTrials } from '../testing/crash-trials'

const trials = Number(process.argv[2] ?? 50)
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31)
const started = performance.now()
const figures = await runCrashTrials({ seed, trials })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`Crash trials, seed ${seed}: ${figures.trials} SIGKILLs during saves in ${seconds} s`)
console.log(`  acknowledged writes: ${figures.acknowledged}, lost: ${figures.lost}`)
if (figures.lost > 0) process.exitCode = 1
