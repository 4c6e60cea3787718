import { useCallback, useEffect, useRef, useState } from 'react'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'

type TextSetting = 'reportLabel' | 'doctorQuestions'

/** Typing pauses this long before the text is saved. */
const SAVE_AFTER_MS = 600

/**
 * A text setting the person types on the Report page (their label, their questions), kept in
 * settings so it is still there after leaving the page or the app: saved a moment after typing
 * stops, when the field loses focus, before an export (`flush`) and when the page closes.
 */
export function useSavedSetting(key: TextSetting) {
  const stored = useChannel('settings:get')
  const save = useChannelMutation('settings:save')
  // null until the person types: show what is stored.
  const [draft, setDraft] = useState<string | null>(null)
  const pending = useRef<string | null>(null)
  const { mutateAsync } = save

  const flush = useCallback(async (): Promise<void> => {
    const text = pending.current
    if (text === null) return
    pending.current = null
    await mutateAsync({ [key]: text })
  }, [key, mutateAsync])

  useEffect(() => {
    if (draft === null) return
    const timer = setTimeout(() => void flush().catch(() => {}), SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [draft, flush])

  // Leaving the page saves what was typed last (the mutation outlives the page).
  useEffect(() => () => void flush().catch(() => {}), [flush])

  const set = (text: string) => {
    pending.current = text
    setDraft(text)
  }

  return {
    value: draft ?? stored.data?.[key] ?? '',
    set,
    flush,
    /** True until the stored text has been read. */
    loading: stored.isPending,
    error: save.error ?? stored.error,
    saving: save.isPending,
    /** The journal is read-only: the text cannot be saved, so it cannot be typed. */
    readOnly: save.readOnly,
  }
}
