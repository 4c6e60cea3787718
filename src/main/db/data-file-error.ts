import type { JournalProblem } from '../../shared/domain/journal'

export type DataFileProblem = JournalProblem

/** The journal file cannot be used. The message says why and that nothing was changed. */
export class DataFileError extends Error {
  readonly problem: DataFileProblem
  constructor(problem: DataFileProblem, message: string) {
    super(message)
    this.name = 'DataFileError'
    this.problem = problem
  }
}

/**
 * An I/O error that may pass (a failing or sleeping disk, a dropped network drive): the journal
 * is then "unreadable" for now, with Retry, never called damaged.
 */
export function isTransientIoError(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  return (
    code.startsWith('SQLITE_IOERR') ||
    ['EIO', 'ETIMEDOUT', 'ENXIO', 'ESTALE', 'ENOTCONN', 'EHOSTDOWN'].includes(code)
  )
}
