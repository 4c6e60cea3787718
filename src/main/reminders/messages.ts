import type { ReminderSlot } from '../../shared/domain/reminders'

/** What the reminders and the tray say (kept apart from desktop.ts, which needs Electron). */
export const REMINDER_TEXT: Record<ReminderSlot, { title: string; body: string }> = {
  morning: {
    title: 'Morning check-in',
    body: 'How is your back this morning? Pain, stiffness, spasms and sleep take a few seconds.',
  },
  evening: {
    title: 'Evening check-in',
    body: 'How was your back today? Pain, stiffness and spasms take a few seconds.',
  },
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
