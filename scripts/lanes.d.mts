export declare function runLanes(
  lanes: string[][],
  options?: {
    commandOf?: (script: string) => { command: string; args: string[] }
    write?: (text: string) => void
  },
): Promise<{ script: string; code: number | null; seconds: number }[]>
