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
