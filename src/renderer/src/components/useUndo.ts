import { useEffect, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'

/** Something just done, said in words, and how to take it back. */
export interface UndoOffer {
  message: string
  undo: () => Promise<unknown>
}

/**
 * Act at once, offer to undo (for actions that are not deletes: starting or ending an episode,
 * acknowledging an alert). The shape `UndoBanner` shows; failures of the action or of the undo
 * are kept so the page can say what did not work.
 */
export function useUndo() {
  const [offer, setOffer] = useState<(UndoOffer & { at: number }) | null>(null)
  const client = useQueryClient()
  // Its moment has passed once anything else is saved: the offer closes rather than linger.
  useEffect(() => {
    if (!offer) return
    return client.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      if (event.mutation.state.submittedAt > offer.at) setOffer(null)
    })
  }, [client, offer])
  const [restoring, setRestoring] = useState(false)
  const [actionError, setActionError] = useState<unknown>(null)
  return {
    message: offer?.message ?? null,
    /** The action worked: say so and offer to undo it. */
    offer: (next: UndoOffer) => {
      setActionError(null)
      setOffer({ ...next, at: Date.now() })
    },
    /** The action failed: say why. */
    fail: (error: unknown) => {
      setOffer(null)
      setActionError(error)
    },
    onUndo: () => {
      if (!offer) return
      setRestoring(true)
      offer.undo().then(
        () => {
          setRestoring(false)
          setOffer(null)
        },
        (error: unknown) => {
          setRestoring(false)
          setActionError(error)
        },
      )
    },
    dismiss: () => setOffer(null),
    restoring,
    actionError,
  }
}
