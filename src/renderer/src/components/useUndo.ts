import { useState } from 'react'

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
  const [offer, setOffer] = useState<UndoOffer | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [actionError, setActionError] = useState<unknown>(null)
  return {
    message: offer?.message ?? null,
    /** The action worked: say so and offer to undo it. */
    offer: (next: UndoOffer) => {
      setActionError(null)
      setOffer(next)
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
