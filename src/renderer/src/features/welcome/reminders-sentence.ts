import type { Reminders } from '@shared/domain/reminders'

/** What the reminder step says about the boxes as they are ticked right now. */
export function remindersSentence(reminders: Reminders): string {
  const { morning, evening } = reminders
  if (!morning.enabled && !evening.enabled) return 'Both reminders are off; tick one to turn it on.'
  if (morning.enabled && evening.enabled) {
    return `Both reminders are on: morning at ${morning.time}, evening at ${evening.time}.`
  }
  return morning.enabled
    ? `The morning reminder is on at ${morning.time}; the evening one is off.`
    : `The evening reminder is on at ${evening.time}; the morning one is off.`
}
