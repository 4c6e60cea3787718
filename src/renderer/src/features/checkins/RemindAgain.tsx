import { formatTime } from '@shared/format'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import type { DaySlot } from './due'

/** "Remind me again": for a due check-in whose reminder is on, put it off for a while. */
export function RemindAgain({ slot }: { slot: DaySlot }) {
  const desktop = useChannel('reminders:get')
  const snooze = useChannelMutation('reminders:snooze')
  if (!desktop.data?.reminders[slot].enabled) return null
  return (
    <p className="remind-again">
      <span>Not now?</span>
      <button
        type="button"
        className="button button--small"
        disabled={snooze.isPending}
        onClick={() => snooze.mutate({ slot })}
      >
        Remind me in {desktop.data.snoozeMinutes} minutes
      </button>
      <span role="status" className="hint">
        {snooze.data ? `I will remind you at ${formatTime(new Date(snooze.data.at))}.` : ''}
        {snooze.error ? snooze.error.message : ''}
      </span>
    </p>
  )
}
