import { z } from 'zod'
import { notificationSchema } from '../domain/notification'
import type { EventName } from './channels'

/**
 * What main may tell the window without being asked, one entry per event. Main parses every
 * payload against its schema before sending; the window subscribes through `journal.on`.
 */
export const events = {
  /** Open a screen (tray menu, a reminder clicked); `focus` names what to focus on it. */
  'app:navigate': z
    .object({
      route: z.string().regex(/^[a-z-]+$/),
      focus: z
        .string()
        .regex(/^[a-z-]+$/)
        .optional(),
    })
    .strict(),
  /** A message that could not be shown as a desktop notification, shown in the window instead. */
  'app:notice': notificationSchema,
}

export type Events = typeof events
export type AppEvent = keyof Events
export type EventPayload<E extends AppEvent> = z.output<Events[E]>

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
/** @public A compile-time check that nothing reads: the typecheck fails if the lists differ. */
export const eventNamesMatch: Exactly<AppEvent, EventName> = true

/** `journal.on(event, listener)`: answers a function that ends the subscription. */
export type Subscribe = <E extends AppEvent>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void
