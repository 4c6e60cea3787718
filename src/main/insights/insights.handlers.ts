import type { DomainHandlers } from '../ipc/handler'
import { toIsoDate } from '../../shared/dates'
import { getInsights } from './insights.query'

export const insightsHandlers: DomainHandlers<'insights'> = {
  'insights:get': (range, { db, now }) => getInsights(db, range, toIsoDate(now())),
}
