export declare function sandboxHelperProblem(probe: {
  platform: string
  binary: string
  readSetting?: (path: string) => string | undefined
  fileMode?: (path: string) => { uid: number; mode: number } | undefined
}): string | undefined
