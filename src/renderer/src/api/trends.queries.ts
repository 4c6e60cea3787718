import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { DateRange } from '../../../shared/domain/common'
import { journal, unwrap } from './client'

export function useTrends(range: DateRange) {
  return useQuery({
    queryKey: ['trends', range.from, range.to],
    queryFn: () => unwrap(journal().trends.get(range)),
    // Switching ranges keeps the old charts on screen until the new series arrive.
    placeholderData: keepPreviousData,
  })
}
