// `npm start` and `npm run dev` run this first. Electron's binary is downloaded by its own
// `install-electron`, which `npm ci --ignore-scripts` skips and which needs network access to
// Electron's releases; ELECTRON_EXEC_PATH names an Electron already on the machine instead.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EXEC_PATH_ENV, findElectronBinary } from './electron-binary.mjs'
import { sandboxHelperProblem } from './linux-sandbox.mjs'

export const OFFLINE_MESSAGE = [
  '',
  'Unknot cannot start: the Electron binary could not be downloaded.',
  'This machine may have no access to Electron’s release downloads.',
  'What you can do:',
  '  • try again where the network allows it: npx install-electron',
  '  • or point ELECTRON_MIRROR at a mirror you can reach, then run npm start again',
  `  • or set ${EXEC_PATH_ENV} to an Electron 45 executable you already have, e.g.`,
  `    ${EXEC_PATH_ENV}=/opt/electron-45/electron npm start`,
  'Everything else (npm test, the renderer and the diary) works without it.',
].join('\n')

/** Runs the electron package's own installer; true when it succeeded. */
function installElectron() {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  return (
    spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit' }).status === 0
  )
}

/**
 * @param {{
 *   env?: Record<string, string | undefined>,
 *   platform?: string,
 *   download?: () => boolean,
 *   log?: (line: string) => void,
 *   fail?: (line: string) => void,
 *   sandboxProbe?: Omit<Parameters<typeof sandboxHelperProblem>[0], 'platform' | 'binary'>,
 *   find?: typeof findElectronBinary,
 * }} [options]
 * @returns {number} the exit code: 0 when Electron can be started
 */
export function ensureElectron({
  env = process.env,
  platform = process.platform,
  download = installElectron,
  log = console.log,
  fail = console.error,
  sandboxProbe = {},
  find = findElectronBinary,
} = {}) {
  let found = find(env)
  if (!found.path && found.fromEnv) {
    fail(
      `Unknot cannot start: ${found.reason}. Point it at an Electron 45 executable, or unset it.`,
    )
    return 1
  }
  if (!found.path) {
    log(`Unknot: ${found.reason}; fetching it with install-electron…`)
    const installed = download()
    found = find(env)
    if (!installed || !found.path) {
      fail(OFFLINE_MESSAGE)
      return 1
    }
    log(`Unknot: Electron is ready (${found.path}).`)
  }
  const problem = sandboxHelperProblem({ platform, binary: found.path, ...sandboxProbe })
  if (problem) {
    fail(problem)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureElectron()
}
