import { useEffect, useRef } from 'react'
import type { AppEvent, EventPayload } from '@shared/contract/events'
import { onAppEvent } from './bridge'

/** Calls `listener` for each of main's `event` while the component is mounted. */
export function useAppEvent<E extends AppEvent>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  // The latest listener, without subscribing again on every render.
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => onAppEvent(event, (payload) => latest.current(payload)), [event])
}
