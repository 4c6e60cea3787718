import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../shared/contract'
import type { Episode, EpisodeDraft, EpisodeFilter } from '../../../shared/domain/episode'
import { journal, unwrap } from './client'

export function useEpisodes(filter: EpisodeFilter = {}) {
  return useQuery({
    queryKey: ['episodes', 'list', filter],
    queryFn: () => unwrap(journal().episodes.list(filter)),
  })
}

export function useEpisode(id: number | null) {
  return useQuery({
    queryKey: ['episodes', 'get', id],
    queryFn: () => unwrap(journal().episodes.get({ id: id as number })),
    enabled: id !== null,
  })
}

/** Every episode change relinks entries and changes alerts: refresh everything. */
function useEpisodeMutation<I>(run: (input: I) => Promise<Episode>) {
  const client = useQueryClient()
  return useMutation<Episode, Error, I>({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries(),
  })
}

export const useStartEpisode = () =>
  useEpisodeMutation((draft: EpisodeDraft) => unwrap(journal().episodes.start(draft)))
export const useUpdateEpisode = () =>
  useEpisodeMutation((input: InputOf<'episodes:update'>) =>
    unwrap(journal().episodes.update(input)),
  )
export const useEndEpisode = () =>
  useEpisodeMutation((input: InputOf<'episodes:end'>) => unwrap(journal().episodes.end(input)))
export const useReopenEpisode = () =>
  useEpisodeMutation((id: number) => unwrap(journal().episodes.reopen({ id })))
export const useDeleteEpisode = () =>
  useEpisodeMutation((id: number) => unwrap(journal().episodes.delete({ id })))
