export declare const EXEC_PATH_ENV: 'ELECTRON_EXEC_PATH'
export declare function findElectronBinary(env?: Record<string, string | undefined>): {
  path: string | undefined
  reason: string
  fromEnv: boolean
}
