import { events, type AppEvent, type EventPayload } from '../../shared/contract/events'

/** Where main's events go: the window's webContents, or a stand-in in tests. */
export interface EventTarget {
  send(channel: string, payload: unknown): void
}

/** Sends one of main's events to the window, checked against its schema first. */
export function sendEvent<E extends AppEvent>(
  target: EventTarget | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  target?.send(event, events[event].parse(payload))
}
