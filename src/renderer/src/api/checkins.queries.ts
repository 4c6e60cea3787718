import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Checkin, CheckinDraft } from '../../../shared/domain/checkin'
import type { DateRange } from '../../../shared/domain/common'
import { journal, unwrap } from './client'

export const checkinKeys = {
  all: ['checkins'] as const,
  range: (range: DateRange) => ['checkins', range.from, range.to] as const,
}

export function useCheckins(range: DateRange) {
  return useQuery({
    queryKey: checkinKeys.range(range),
    queryFn: () => unwrap(journal().checkins.list(range)),
  })
}

export function useSaveCheckin() {
  const client = useQueryClient()
  return useMutation<Checkin, Error, CheckinDraft>({
    mutationFn: (draft) => unwrap(journal().checkins.save(draft)),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useDeleteCheckin() {
  const client = useQueryClient()
  return useMutation<Checkin, Error, number>({
    mutationFn: (id) => unwrap(journal().checkins.delete({ id })),
    onSuccess: () => client.invalidateQueries(),
  })
}
