import { useId, useState } from 'react'
import {
  anyReminderOn,
  keepsInTray,
  type DesktopSettings,
  type DesktopSettingsPatch,
  type Reminders,
} from '@shared/domain/reminders'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { FormActions } from '@renderer/components/form/Field'
import { ReminderTimes } from '@renderer/components/ReminderTimes'
import { BridgeError } from '@renderer/lib/bridge'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './settings.css'

function DesktopForm({ saved }: { saved: DesktopSettings }) {
  const id = useId()
  const [reminders, setReminders] = useState<Reminders>(saved.reminders)
  // Untouched, the tray choice follows the reminders on screen, as main will.
  const [keepInTray, setKeepInTray] = useState<boolean | null>(null)
  const [openAtLogin, setOpenAtLogin] = useState(saved.openAtLogin)
  const [done, setDone] = useState(false)
  const save = useChannelMutation('reminders:save')
  const shownKeep =
    saved.trayAvailable && (keepInTray ?? keepsInTray(saved.keepInTrayChoice, reminders))
  const errors = save.error instanceof BridgeError ? save.error.fieldErrors() : {}
  return (
    <form
      className="settings-desktop"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setDone(false)
        const patch: DesktopSettingsPatch = { reminders }
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
          disabled={!saved.trayAvailable}
          onChange={(e) => setKeepInTray(e.target.checked)}
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
