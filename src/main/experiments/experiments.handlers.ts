import type { DomainHandlers } from '../ipc/handler'
import {
  createExperiment,
  getExperiment,
  listExperiments,
  recordDay,
  stopExperiment,
} from './experiments.repo'
import { experimentResult } from './experiment-result.query'

export const experimentsHandlers: DomainHandlers<'experiments'> = {
  'experiments:list': (_input, { db, now }) => listExperiments(db, now()),
  'experiments:get': ({ id }, { db, now }) => getExperiment(db, id, now()),
  'experiments:create': (input, { db, now }) => createExperiment(db, input, now()),
  'experiments:recordDay': (input, { db, now }) => recordDay(db, input, now()),
  'experiments:stop': ({ id }, { db, now }) => stopExperiment(db, id, now()),
  'experiments:result': ({ id }, { db, now }) => experimentResult(db, id, now()),
}
