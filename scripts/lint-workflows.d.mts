export declare const WORKFLOWS_DIR: string
export declare const NEWER_HOSTED_LABELS: string[]
export declare function lintWorkflows(
  dir?: string,
): Promise<{ file: string; line: number; column: number; message: string; kind: string }[]>
