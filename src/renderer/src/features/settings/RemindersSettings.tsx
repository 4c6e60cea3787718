import { useId, useState } from 'react'
import {
  anyReminderOn,
  keepsInTray,
  type HabitSettings,
  type HabitSettingsPatch,
  type Reminders,
} from '@shared/domain/reminders'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { FormActions } from '@renderer/components/form/Field'
import { ReminderTimes } from '@renderer/components/ReminderTimes'
import { BridgeError } from '@renderer/lib/bridge'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './settings.css'

function HabitForm({ saved }: { saved: HabitSettings }) {
  const id = useId()
  const [reminders, setReminders] = useState<Reminders>(saved.reminders)
  // Untouched, the tray choice follows the reminders on screen, as main will.
  const [keepInTray, setKeepInTray] = useState<boolean | null>(null)
  const [openAtLogin, setOpenAtLogin] = useState(saved.openAtLogin)
  const [done, setDone] = useState(false)
  const save = useChannelMutation('reminders:save')
  const shownKeep = keepInTray ?? keepsInTray(saved.keepInTrayChoice, reminders)
  const errors = save.error instanceof BridgeError ? save.error.fieldErrors() : {}
  return (
    <form
      className="settings-habit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setDone(false)
        const patch: HabitSettingsPatch = { reminders }
        if (keepInTray !== null) patch.keepInTray = keepInTray
        if (openAtLogin !== saved.openAtLogin) patch.openAtLogin = openAtLogin
        save.mutate(patch, { onSuccess: () => setDone(true) })
      }}
    >
      {save.error ? (
        <ErrorBanner title="Your reminder settings were not saved." error={save.error} />
      ) : null}
      <ReminderTimes value={reminders} onChange={setReminders} errors={errors} />
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
          onChange={(e) => setKeepInTray(e.target.checked)}
          aria-describedby={`${id}-tray-hint`}
        />
        <label htmlFor={`${id}-tray`}>Keep Unknot in the tray when its window is closed</label>
      </div>
      <p id={`${id}-tray-hint`} className="hint">
        {anyReminderOn(reminders)
          ? 'On while a reminder is on, unless you turn it off: '
          : 'When on: '}
        closing the window leaves Unknot running, with its menu in the tray (check-ins, a flare-up,
        open, quit), so reminders still come.
      </p>
      <div className="field field--inline">
        <input
          id={`${id}-login`}
          type="checkbox"
          checked={openAtLogin}
          disabled={!saved.loginItemSupported}
          onChange={(e) => setOpenAtLogin(e.target.checked)}
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
      <FormActions submitLabel="Save reminders" pending={save.isPending} />
      <p role="status" className="hint">
        {done ? 'Saved.' : ''}
      </p>
    </form>
  )
}

/** Reminders, the tray and starting at log-in; and the welcome, to see again. */
export function RemindersSettings() {
  const habit = useChannel('reminders:get')
  return (
    <section className="card" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">Reminders</h2>
      {habit.isError ? (
        <ErrorBanner title="Your reminder settings could not be loaded." error={habit.error} />
      ) : null}
      {habit.data ? <HabitForm saved={habit.data} /> : null}
      <p>
        <a className="button" href="#/welcome">
          Show the welcome again
        </a>{' '}
        <span className="hint">What to record and why, the health questions, reminder times.</span>
      </p>
    </section>
  )
}
