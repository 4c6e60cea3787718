import { useQuery } from '@tanstack/react-query'
import { journal, unwrap } from './client'

export function useAppInfo() {
  return useQuery({ queryKey: ['app', 'info'], queryFn: () => unwrap(journal().app.info()) })
}
