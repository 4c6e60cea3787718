import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings, SettingsPatch } from '../../../shared/domain/settings'
import { journal, unwrap } from './client'

export function useSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: () => unwrap(journal().settings.get()) })
}

/** Settings feed the alert rules, so saving refreshes everything. */
export function useSaveSettings() {
  const client = useQueryClient()
  return useMutation<Settings, Error, SettingsPatch>({
    mutationFn: (patch) => unwrap(journal().settings.save(patch)),
    onSuccess: () => client.invalidateQueries(),
  })
}
