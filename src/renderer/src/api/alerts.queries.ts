import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Alert } from '../../../shared/domain/alert'
import { journal, unwrap } from './client'

export function useActiveAlerts() {
  return useQuery({
    queryKey: ['alerts', 'active'],
    queryFn: () => unwrap(journal().alerts.list()),
  })
}

export function useAlertHistory() {
  return useQuery({
    queryKey: ['alerts', 'history'],
    queryFn: () => unwrap(journal().alerts.history()),
  })
}

export function useAcknowledgeAlert() {
  const client = useQueryClient()
  return useMutation<Alert, Error, string>({
    mutationFn: (key) => unwrap(journal().alerts.acknowledge({ key })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alerts'] }),
  })
}
