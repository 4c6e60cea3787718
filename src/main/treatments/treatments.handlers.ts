import type { DomainHandlers } from '../ipc/handler'
import { AppError } from '../../shared/errors'
import { toLocalDateTime } from '../../shared/domain/treatment'
import {
  deleteTreatment,
  listTreatments,
  saveTreatment,
  treatmentEffectiveness,
} from './treatments.repo'
import { treatmentSuggestions } from './treatment-suggestions.query'

export const treatmentsHandlers: DomainHandlers<'treatments'> = {
  'treatments:list': (query, { db }) => listTreatments(db, query),
  'treatments:save': (input, { db, now }) => {
    const instant = now()
    // Both are local wall-clock minutes, so text order is time order.
    if (input.startedAt > toLocalDateTime(instant)) {
      throw new AppError(
        'invalid_input',
        'That start time is in the future; log treatments you have started or done.',
        [{ path: 'startedAt', message: 'Choose now or an earlier time.' }],
      )
    }
    return saveTreatment(db, input, instant)
  },
  'treatments:delete': ({ id }, { db }) => deleteTreatment(db, id),
  'treatments:effectiveness': (query, { db }) => treatmentEffectiveness(db, query),
  'treatments:suggestions': (query, { db }) => treatmentSuggestions(db, query),
}
