import { useId, useState } from 'react'
import {
  REMINDER_SLOTS,
  anyReminderOn,
  keepsInTray,
  type DesktopSettings,
  type DesktopSettingsPatch,
  type Reminders,
} from '@shared/domain/reminders'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { ReminderTimes } from '@renderer/components/ReminderTimes'
import { BridgeError } from '@renderer/lib/bridge'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { SavedNote, useSaveAsYouGo, useSaveOnLeave } from './save-as-you-go'
import './settings.css'

interface HabitValues {
  reminders: Reminders
  /** Null: not chosen, the tray follows the reminders. */
  keepInTray: boolean | null
  openAtLogin: boolean
}

const SLOT_WORDS = { morning: 'morning reminder', evening: 'evening reminder' } as const

/** What changed, in words: "morning reminder on, at 07:15; start at log-in on". */
function describe(before: HabitValues, after: HabitValues): string {
  const said: string[] = []
  for (const slot of REMINDER_SLOTS) {
    const b = before.reminders[slot]
    const a = after.reminders[slot]
    if (b.enabled !== a.enabled) {
      said.push(`${SLOT_WORDS[slot]} ${a.enabled ? `on, at ${a.time}` : 'off'}`)
    } else if (b.time !== a.time) {
      said.push(`${SLOT_WORDS[slot]} at ${a.time}`)
    }
  }
  if (before.keepInTray !== after.keepInTray && after.keepInTray !== null) {
    said.push(`keep in the tray ${after.keepInTray ? 'on' : 'off'}`)
  }
  if (before.openAtLogin !== after.openAtLogin) {
    said.push(`start at log-in ${after.openAtLogin ? 'on' : 'off'}`)
  }
  return said.join('; ')
}

function DesktopForm({ saved }: { saved: DesktopSettings }) {
  const id = useId()
  const [values, setValues] = useState<HabitValues>({
    reminders: saved.reminders,
    keepInTray: null,
    openAtLogin: saved.openAtLogin,
  })
  const save = useChannelMutation('reminders:save')
  const { commit, note, error } = useSaveAsYouGo<HabitValues>({
    saved: values,
    save: (next, before) => {
      const patch: DesktopSettingsPatch = { reminders: next.reminders }
      if (next.keepInTray !== null) patch.keepInTray = next.keepInTray
      if (next.openAtLogin !== before.openAtLogin) patch.openAtLogin = next.openAtLogin
      return save.mutateAsync(patch)
    },
    describe,
  })
  // A time typed and not yet left is saved when the page is left.
  useSaveOnLeave(values, commit)
  const { reminders, keepInTray, openAtLogin } = values
  // Untouched, the tray choice follows the reminders on screen, as main will.
  const shownKeep =
    saved.trayAvailable && (keepInTray ?? keepsInTray(saved.keepInTrayChoice, reminders))
  const errors = error instanceof BridgeError ? error.fieldErrors() : {}
  // Ticks and switches save at once; a time saves when its field is left.
  const change = (next: HabitValues) => {
    setValues(next)
    void commit(next)
  }
  return (
    <div className="settings-habit">
      <div
        onBlur={(e) => {
          if (e.target instanceof HTMLInputElement && e.target.type === 'text') void commit(values)
        }}
      >
        <ReminderTimes
          value={reminders}
          onChange={(next) => {
            const ticked = REMINDER_SLOTS.some((s) => next[s].enabled !== reminders[s].enabled)
            if (ticked) change({ ...values, reminders: next })
            else setValues({ ...values, reminders: next })
          }}
          errors={errors}
        />
      </div>
      <p className="hint">
        A reminder comes only while that check-in is not recorded, once a day; a reminder missed
        while the computer slept comes when it wakes. “Remind me in {saved.snoozeMinutes} minutes”
        on the notification puts it off.
      </p>
      <div className="field field--inline">
        <input
          id={`${id}-tray`}
          type="checkbox"
          checked={shownKeep}
          disabled={!saved.trayAvailable}
          onChange={(e) => change({ ...values, keepInTray: e.target.checked })}
          aria-describedby={`${id}-tray-hint`}
        />
        <label htmlFor={`${id}-tray`}>Keep Unknot in the tray when its window is closed</label>
      </div>
      {saved.trayAvailable ? (
        <p id={`${id}-tray-hint`} className="hint">
          {anyReminderOn(reminders)
            ? 'On while a reminder is on, unless you turn it off: '
            : 'When on: '}
          closing the window leaves Unknot running, with its menu in the tray (check-ins, a
          flare-up, open, quit), so reminders still come.
        </p>
      ) : (
        <p id={`${id}-tray-hint`} className="hint">
          This desktop shows no tray icons (on GNOME, an extension such as AppIndicator adds them),
          so closing the window quits Unknot: reminders come only while its window is open.
        </p>
      )}
      <div className="field field--inline">
        <input
          id={`${id}-login`}
          type="checkbox"
          checked={openAtLogin}
          disabled={!saved.loginItemSupported}
          onChange={(e) => change({ ...values, openAtLogin: e.target.checked })}
          aria-describedby={`${id}-login-hint`}
          aria-invalid={errors['openAtLogin'] ? true : undefined}
        />
        <label htmlFor={`${id}-login`}>Start Unknot when I log in</label>
      </div>
      <p id={`${id}-login-hint`} className="hint">
        {saved.loginItemSupported
          ? 'Started at log-in with the tray on, Unknot waits in the tray without opening its window.'
          : 'This system does not let Unknot start itself at log-in.'}
      </p>
      <SavedNote
        note={note}
        error={error}
        failed="Your reminder settings were not saved."
        onUndo={(before) => {
          // A tray left to follow the reminders is undone to what it showed then, as a choice.
          const back =
            before.keepInTray === null && keepInTray !== null
              ? { ...before, keepInTray: keepsInTray(null, before.reminders) }
              : before
          setValues(back)
          void commit(back, true)
        }}
      />
    </div>
  )
}

/** Reminders, the tray and starting at log-in; and the welcome, to see again. */
export function RemindersSettings() {
  const desktop = useChannel('reminders:get')
  return (
    <section className="card" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">Reminders</h2>
      {desktop.isError ? (
        <ErrorBanner title="Your reminder settings could not be loaded." error={desktop.error} />
      ) : null}
      {desktop.data ? <DesktopForm saved={desktop.data} /> : null}
      <p>
        <a className="button" href="#/welcome">
          Show the welcome again
        </a>{' '}
        <span className="hint">What to record and why, the health questions, reminder times.</span>
      </p>
    </section>
  )
}
