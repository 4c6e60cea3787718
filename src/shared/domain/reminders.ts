import { z } from 'zod'
import { isoDateSchema } from '../dates'

/** The check-ins that get a reminder; flare-ups come when they come. */
export const REMINDER_SLOTS = ['morning', 'evening'] as const
export const reminderSlotSchema = z.enum(REMINDER_SLOTS, { error: 'Choose morning or evening.' })
export type ReminderSlot = z.infer<typeof reminderSlotSchema>

/** "Remind me again" waits this long. */
export const SNOOZE_MINUTES = 30

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A local wall-clock time of day, `HH:MM`, 24-hour. */
export const clockTimeSchema = z
  .string({ error: 'A reminder time is required.' })
  .regex(CLOCK_TIME, 'Use a time written as HH:MM, 24-hour (for example 08:00).')

/** Minutes after local midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

export const reminderSchema = z
  .object({
    enabled: z.boolean({ error: 'A reminder is on or off.' }),
    time: clockTimeSchema,
  })
  .strict()

/**
 * Both reminders, stored whole under the `reminders` setting. The morning one comes first: the
 * morning reminder stays open until the evening's time (see main's reminders/schedule.ts).
 */
export const remindersSchema = z
  .object({ morning: reminderSchema, evening: reminderSchema })
  .strict()
  .refine((r) => r.morning.time < r.evening.time, {
    message: 'The evening reminder must come later in the day than the morning one.',
    path: ['evening', 'time'],
  })
export type Reminders = z.infer<typeof remindersSchema>

/** Off until the person turns them on (in the welcome or in Settings). */
export const REMINDER_DEFAULTS: Reminders = {
  morning: { enabled: false, time: '08:00' },
  evening: { enabled: false, time: '21:00' },
}

export function anyReminderOn(reminders: Reminders): boolean {
  return reminders.morning.enabled || reminders.evening.enabled
}

/**
 * "Closing the window keeps Unknot in the tray": null until the person chooses, and then it
 * follows the reminders (on when any is on), so reminders keep coming with the window closed.
 */
export function keepsInTray(keepInTray: boolean | null, reminders: Reminders): boolean {
  return keepInTray ?? anyReminderOn(reminders)
}

/** What `reminders:get` answers: the reminders, the tray and the login item as they are. */
export const desktopSettingsSchema = z.object({
  reminders: remindersSchema,
  snoozeMinutes: z.number().int().positive(),
  /** Whether closing the window keeps Unknot running in the tray (after defaults). */
  keepInTray: z.boolean(),
  /** What the person chose for it; null until they choose (it then follows the reminders). */
  keepInTrayChoice: z.boolean().nullable(),
  /** Whether the system starts Unknot at log-in (asked of the system, not stored). */
  openAtLogin: z.boolean(),
  /** False where Unknot cannot register itself to start at log-in. */
  loginItemSupported: z.boolean(),
  /**
   * False on a Linux desktop that shows no tray icons (no StatusNotifier host): closing the
   * window then quits, and Settings says so.
   */
  trayAvailable: z.boolean(),
})
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>

/** What `reminders:save` takes: any of the three, each given whole. */
export const desktopSettingsPatchSchema = z
  .object({
    reminders: remindersSchema.optional(),
    keepInTray: z.boolean({ error: 'Keeping Unknot in the tray is on or off.' }).optional(),
    openAtLogin: z.boolean({ error: 'Starting Unknot at log-in is on or off.' }).optional(),
  })
  .strict()
export type DesktopSettingsPatch = z.infer<typeof desktopSettingsPatchSchema>

export const snoozeInputSchema = z.object({ slot: reminderSlotSchema }).strict()

export const snoozeResultSchema = z.object({
  slot: reminderSlotSchema,
  /** The local date the reminder is for; a snooze ends with its day. */
  date: isoDateSchema,
  /** When the reminder comes again (UTC ISO instant). */
  at: z.iso.datetime(),
})
