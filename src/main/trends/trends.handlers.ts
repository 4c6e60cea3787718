import type { DomainHandlers } from '../ipc/handler'
import { getTrends } from './trends.query'

export const trendsHandlers: DomainHandlers<'trends'> = {
  'trends:get': (request, { db }) => getTrends(db, request),
}
