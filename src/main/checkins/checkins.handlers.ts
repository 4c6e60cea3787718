import type { DomainHandlers } from '../ipc/handler'
import { AppError } from '../../shared/errors'
import { toIsoDate } from '../../shared/dates'
import { formatDay } from '../../shared/format'
import { deleteCheckin, listCheckins, saveCheckin } from './checkins.repo'

export const checkinsHandlers: DomainHandlers<'checkins'> = {
  'checkins:list': (range, { db }) => listCheckins(db, range),
  'checkins:save': (input, { db, now }) => {
    const instant = now()
    const today = toIsoDate(instant)
    if (input.date > today) {
      throw new AppError(
        'invalid_input',
        `${formatDay(input.date)} is in the future; check-ins are for today or earlier.`,
        [{ path: 'date', message: 'Choose today or an earlier date.' }],
      )
    }
    return saveCheckin(db, input, instant)
  },
  'checkins:delete': ({ id }, { db }) => deleteCheckin(db, id),
}
