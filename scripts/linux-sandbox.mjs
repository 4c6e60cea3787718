// Ubuntu 23.10+ (AppArmor restricting unprivileged user namespaces) leaves Chromium only its SUID
// sandbox helper, and a source checkout's helper is not root-owned 4755: Electron then aborts.
// Spot that before starting and say how to fix it; never turn the sandbox off.
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Kernel switches that, when set to the value given, stop the user-namespace sandbox. */
const USERNS_RESTRICTIONS = [
  ['/proc/sys/kernel/apparmor_restrict_unprivileged_userns', '1'],
  ['/proc/sys/kernel/unprivileged_userns_clone', '0'],
  ['/proc/sys/user/max_user_namespaces', '0'],
]

/** @param {string} path */
function readSetting(path) {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return undefined
  }
}

/** @param {string} path */
function fileMode(path) {
  try {
    const stat = statSync(path)
    return { uid: stat.uid, mode: stat.mode & 0o7777 }
  } catch {
    return undefined
  }
}

/** @param {string} path */
const quoted = (path) => `'${path.replaceAll("'", "'\\''")}'`

/**
 * @param {{
 *   platform: string,
 *   binary: string,
 *   readSetting?: (path: string) => string | undefined,
 *   fileMode?: (path: string) => { uid: number, mode: number } | undefined,
 * }} probe
 * @returns {string | undefined} what to tell the person, or undefined when the sandbox can start
 */
export function sandboxHelperProblem({
  platform,
  binary,
  readSetting: read = readSetting,
  fileMode: modeOf = fileMode,
}) {
  if (platform !== 'linux') return undefined
  const helper = join(dirname(binary), 'chrome-sandbox')
  const helperMode = modeOf(helper)
  if (!helperMode) return undefined
  if (helperMode.uid === 0 && helperMode.mode === 0o4755) return undefined
  const restricted = USERNS_RESTRICTIONS.some(([path, value]) => read(path) === value)
  if (!restricted) return undefined
  return [
    '',
    'Unknot cannot start yet: this Linux (Ubuntu 23.10 or newer, or another system that limits',
    'user namespaces) lets Electron’s sandbox start only through its helper,',
    `  ${helper}`,
    `which must belong to root with mode 4755 (it is owned by uid ${helperMode.uid}, mode ${helperMode.mode.toString(8)}).`,
    'Fix it once with these two commands (they ask for your password), then start again:',
    '',
    `  sudo chown root:root ${quoted(helper)}`,
    `  sudo chmod 4755 ${quoted(helper)}`,
    '',
    'npm install and npm ci put a fresh helper there: run them again after either.',
    'The sandbox stays on; Unknot is never started with --no-sandbox.',
  ].join('\n')
}
