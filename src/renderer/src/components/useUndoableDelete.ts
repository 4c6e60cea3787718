import type { UseMutationResult } from '@tanstack/react-query'
import { useState } from 'react'

/**
 * Delete at once, offer to undo: keeps the deleted entry so it can be saved again as a new
 * one, and the last failure so the page can say what did not work.
 */
export function useUndoableDelete<T extends { id: number }, D>(
  remove: UseMutationResult<T, Error, { id: number }>,
  restore: UseMutationResult<T, Error, D>,
  toDraft: (entry: T) => D,
) {
  const [deleted, setDeleted] = useState<T | null>(null)
  const [actionError, setActionError] = useState<unknown>(null)

  const onDelete = (entry: T) => {
    setActionError(null)
    remove.mutate({ id: entry.id }, { onSuccess: setDeleted, onError: setActionError })
  }
  const onUndo = () => {
    if (!deleted) return
    restore.mutate(toDraft(deleted), {
      onSuccess: () => setDeleted(null),
      onError: setActionError,
    })
  }
  return {
    deleted,
    actionError,
    onDelete,
    onUndo,
    dismiss: () => setDeleted(null),
    restoring: restore.isPending,
  }
}
