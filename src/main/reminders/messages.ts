import type { ReminderSlot } from '../../shared/domain/reminders'

/** What the reminders and the tray say (kept apart from desktop.ts, which needs Electron). */
const REMINDER_TEXT: Record<ReminderSlot, { title: string; body: string }> = {
  morning: {
    title: 'Morning check-in',
    body: 'How is your back this morning? Pain, stiffness, spasms and sleep take a few seconds.',
  },
  evening: {
    title: 'Evening check-in',
    body: 'How was your back today? Pain, stiffness and spasms take a few seconds.',
  },
}

/**
 * A reminder's words. While an experiment runs, they start with the day's option (or options),
 * so the person sees what to do today without opening Unknot (docs/reminders.md).
 */
export function reminderText(
  slot: ReminderSlot,
  todaysOptions: readonly string[],
): { title: string; body: string } {
  const text = REMINDER_TEXT[slot]
  if (todaysOptions.length === 0) return text
  return { ...text, body: `Today: ${todaysOptions.join('; ')}. ${text.body}` }
}

export const SNOOZE_ACTION = 'Remind me in 30 minutes'

export const TRAY_NOTICE = {
  title: 'Unknot is still running',
  body: 'Reminders keep coming with the window closed. Open or quit Unknot from its tray icon; Settings can change this.',
}

/** The tray menu's labels, in order (separators apart). */
export const TRAY_LABELS = {
  morning: 'Morning check-in',
  evening: 'Evening check-in',
  spasmNow: 'Spasm now',
  open: 'Open Unknot',
  quit: 'Quit Unknot',
} as const
