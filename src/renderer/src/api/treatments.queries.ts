import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  EffectivenessQuery,
  Treatment,
  TreatmentDraft,
  TreatmentQuery,
} from '../../../shared/domain/treatment'
import { journal, unwrap } from './client'

export const treatmentKeys = {
  all: ['treatments'] as const,
  list: (query: TreatmentQuery) =>
    ['treatments', 'list', query.from, query.to, query.kind ?? '', query.episodeId ?? 0] as const,
  effectiveness: (query: EffectivenessQuery) =>
    ['treatments', 'effectiveness', query.from ?? '', query.to ?? ''] as const,
}

export function useTreatments(query: TreatmentQuery) {
  return useQuery({
    queryKey: treatmentKeys.list(query),
    queryFn: () => unwrap(journal().treatments.list(query)),
  })
}

export function useTreatmentEffectiveness(query: EffectivenessQuery = {}) {
  return useQuery({
    queryKey: treatmentKeys.effectiveness(query),
    queryFn: () => unwrap(journal().treatments.effectiveness(query)),
  })
}

export function useSaveTreatment() {
  const client = useQueryClient()
  return useMutation<Treatment, Error, TreatmentDraft>({
    mutationFn: (draft) => unwrap(journal().treatments.save(draft)),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useDeleteTreatment() {
  const client = useQueryClient()
  return useMutation<Treatment, Error, number>({
    mutationFn: (id) => unwrap(journal().treatments.delete({ id })),
    onSuccess: () => client.invalidateQueries(),
  })
}
