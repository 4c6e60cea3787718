import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DateRange } from '../../../shared/domain/common'
import type { SavedFile } from '../../../shared/domain/report'
import type { RestoreResult } from '../../../shared/domain/backup'
import { journal, unwrap } from './client'

export function useReport(range: DateRange) {
  return useQuery({
    queryKey: ['report', range.from, range.to],
    queryFn: () => unwrap(journal().report.get(range)),
    placeholderData: keepPreviousData,
  })
}

export function useExportPdf() {
  return useMutation<SavedFile, Error, 'A4' | 'Letter'>({
    mutationFn: (pageSize) => unwrap(journal().report.exportPdf({ pageSize })),
  })
}

export function useExportCsv() {
  return useMutation<SavedFile, Error, DateRange>({
    mutationFn: (range) => unwrap(journal().report.exportCsv(range)),
  })
}

export function useExportBackup() {
  return useMutation<SavedFile>({
    mutationFn: () => unwrap(journal().backup.export()),
  })
}

export function useRestoreBackup() {
  const client = useQueryClient()
  return useMutation<RestoreResult>({
    mutationFn: () => unwrap(journal().backup.restore()),
    // Everything on screen came from the old diary.
    onSuccess: (result) => (result.restored ? client.invalidateQueries() : undefined),
  })
}
