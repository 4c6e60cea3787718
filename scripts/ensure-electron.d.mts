import type { findElectronBinary } from './electron-binary.mjs'
import type { sandboxHelperProblem } from './linux-sandbox.mjs'

export declare const OFFLINE_MESSAGE: string
export declare function ensureElectron(options?: {
  env?: Record<string, string | undefined>
  platform?: string
  download?: () => boolean
  log?: (line: string) => void
  fail?: (line: string) => void
  sandboxProbe?: Omit<Parameters<typeof sandboxHelperProblem>[0], 'platform' | 'binary'>
  find?: typeof findElectronBinary
}): number
