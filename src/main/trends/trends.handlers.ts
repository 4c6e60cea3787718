import type { DomainHandlers } from '../ipc/handler'
import { getTrends } from './trends.query'

export const trendsHandlers: DomainHandlers<'trends'> = {
  'trends:get': (range, { db }) => getTrends(db, range),
}
