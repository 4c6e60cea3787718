import { isAbsolute, join, resolve } from 'node:path'

export const DATA_DIR_FLAG = '--data-dir'
export const DATA_DIR_ENV = 'UNKNOT_DATA_DIR'
export const DATA_FILE_NAME = 'journal.sqlite'

/**
 * The folder holding `journal.sqlite`: `--data-dir=PATH` (or `--data-dir PATH`) wins, then
 * `UNKNOT_DATA_DIR`, then Electron's per-user data folder.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  userDataDir: string,
  cwd: string = process.cwd(),
): string {
  let chosen: string | undefined
  argv.forEach((arg, i) => {
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) chosen = arg.slice(DATA_DIR_FLAG.length + 1)
    else if (arg === DATA_DIR_FLAG && argv[i + 1]) chosen = argv[i + 1]
  })
  chosen ||= env[DATA_DIR_ENV] || undefined
  if (!chosen) return userDataDir
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen)
}

export function dataFilePath(dataDir: string): string {
  return join(dataDir, DATA_FILE_NAME)
}
