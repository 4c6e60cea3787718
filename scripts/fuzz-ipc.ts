/**
 * `npm run fuzz:ipc -- [PAYLOADS] [SEED]`: the IPC fuzz test at any length (default 12,000
 * payloads), printing its figures. Exits 1 at the first refusal that was unclear or changed
 * the diary, with fast-check's counterexample and the seed to replay it.
 */
import { runIpcFuzz } from '../testing/ipc-fuzz'

const runs = Number(process.argv[2] ?? 12_000)
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31)
const started = performance.now()
const figures = await runIpcFuzz({ seed, runs })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `IPC fuzz, seed ${seed}: ${figures.payloads} payloads over ${figures.channels} channels in ${seconds} s`,
)
console.log(
  `  accepted ${figures.accepted}, refused ${figures.refused}: ${JSON.stringify(figures.codes)}`,
)
console.log('  every refusal: a known code, a short message, the diary and its folder unchanged')
