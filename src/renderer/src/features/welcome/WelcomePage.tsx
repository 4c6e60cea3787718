import { useEffect, useId, useRef, useState } from 'react'
import type { HealthHistory } from '@shared/clinical/symptoms'
import { REMINDER_DEFAULTS, type Reminders } from '@shared/domain/reminders'
import {
  PAIN_ANCHORS,
  PENN_FREQUENCY,
  PENN_SEVERITY,
  STIFFNESS_ANCHORS,
  MEANINGFUL_CHANGE,
} from '@shared/scales'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { HealthQuestions } from '@renderer/components/HealthQuestions'
import { ReminderTimes } from '@renderer/components/ReminderTimes'
import { BridgeError } from '@renderer/lib/bridge'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { navigate } from '@renderer/lib/navigation'
import './welcome.css'

const STEPS = ['What to record, and why', 'A few health questions', 'Reminders'] as const

function WhatToRecord() {
  return (
    <>
      <p>Twice a day, a few seconds each, on the Today screen:</p>
      <ul className="welcome__list">
        <li>
          <strong>Morning:</strong> pain and stiffness right now, how many minutes the stiffness
          lasted after getting up, spasms since the evening, and whether pain or spasms woke you.
        </li>
        <li>
          <strong>Evening:</strong> pain, stiffness and spasms of the day.
        </li>
        <li>A flare-up between check-ins, and what you tried for it, can be logged any time.</li>
      </ul>
      <table className="table welcome__scales">
        <caption>The scales</caption>
        <tbody>
          <tr>
            <th scope="row">Pain</th>
            <td>
              0 = {PAIN_ANCHORS[0]} … 10 = {PAIN_ANCHORS[10]}
            </td>
          </tr>
          <tr>
            <th scope="row">Stiffness</th>
            <td>
              0 = {STIFFNESS_ANCHORS[0]} … 10 = {STIFFNESS_ANCHORS[10]}
            </td>
          </tr>
          <tr>
            <th scope="row">Spasms</th>
            <td>{PENN_FREQUENCY.map((f) => `${String(f.value)} = ${f.label}`).join('; ')}</td>
          </tr>
          <tr>
            <th scope="row">How severe</th>
            <td>{PENN_SEVERITY.map((s) => s.label.toLowerCase()).join(', ')}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <strong>Why:</strong> over weeks this shows whether your mornings or evenings are worse,
        what actually lowers your pain (a drop of {MEANINGFUL_CHANGE} points or more is a real
        change), and whether spasms come back in the same place, and it gives your doctor numbers
        instead of memories. Each check-in also has a short list of warning signs; Unknot says when
        one means seeing a clinician. It informs; it never diagnoses. Everything stays on this
        computer.
      </p>
    </>
  )
}

/**
 * The first run: three short steps on an empty journal, each skippable. Nothing is saved by
 * skipping; the health questions start as "not answered" and stay so unless answered.
 */
export function WelcomePage() {
  const id = useId()
  const [step, setStep] = useState(0)
  const settings = useChannel('settings:get')
  const desktop = useChannel('reminders:get')
  const saveSettings = useChannelMutation('settings:save')
  const saveDesktop = useChannelMutation('reminders:save')
  const [answers, setAnswers] = useState<HealthHistory | null>(null)
  const [reminders, setReminders] = useState<Reminders | null>(null)
  const [openAtLogin, setOpenAtLogin] = useState<boolean | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  // A read-only journal can be looked at, not changed: the welcome then only explains.
  const { readOnly } = saveSettings
  const heading = useRef<HTMLHeadingElement>(null)
  const firstStep = useRef(true)

  // Each new step is announced by moving to its heading (not on arrival: the page's h1 is there).
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false
      return
    }
    heading.current?.focus()
  }, [step])

  const shownAnswers = answers ?? settings.data?.healthHistory
  const shownReminders = reminders ?? desktop.data?.reminders ?? REMINDER_DEFAULTS
  const shownLogin = openAtLogin ?? desktop.data?.openAtLogin ?? false

  const run = (work: () => Promise<unknown>) => {
    setBusy(true)
    setFailure(null)
    work().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }
  const leave = async () => {
    if (!readOnly) await saveSettings.mutateAsync({ welcomeDone: true })
    navigate({ route: 'today', focus: 'due' })
  }
  const skip = () => run(leave)
  const next = () =>
    run(async () => {
      // The answers are saved when the person moves on from them, and only if they answered.
      if (step === 1 && answers && !readOnly) {
        await saveSettings.mutateAsync({ healthHistory: answers })
      }
      setStep((s) => s + 1)
    })
  const finish = () =>
    run(async () => {
      await saveDesktop.mutateAsync({
        reminders: shownReminders,
        ...(shownLogin !== desktop.data?.openAtLogin ? { openAtLogin: shownLogin } : {}),
      })
      await leave()
    })
  const errors = failure instanceof BridgeError ? failure.fieldErrors() : {}

  return (
    <Page title="Welcome to Unknot" className="welcome">
      <ol className="welcome__steps" aria-label="Steps">
        {STEPS.map((title, i) => (
          <li key={title} aria-current={i === step ? 'step' : undefined}>
            {`${String(i + 1)}. ${title}`}
          </li>
        ))}
      </ol>
      <section className="card welcome__step" aria-labelledby={`${id}-step`}>
        <h2 id={`${id}-step`} ref={heading} tabIndex={-1}>
          {`Step ${String(step + 1)} of ${String(STEPS.length)}: ${STEPS[step] ?? ''}`}
        </h2>
        {failure ? <ErrorBanner title="That was not saved." error={failure} /> : null}
        {step === 0 ? <WhatToRecord /> : null}
        {step === 1 ? (
          <>
            <p className="hint">
              Each starts as “Not answered”, and stays so unless you answer. Only a “yes” counts:
              together with back pain it means contacting your healthcare provider the same day.
              Your answers stay on this computer; Settings can change them.
            </p>
            {settings.isError ? (
              <ErrorBanner title="Your answers could not be loaded." error={settings.error} />
            ) : null}
            {shownAnswers ? <HealthQuestions answers={shownAnswers} onChange={setAnswers} /> : null}
          </>
        ) : null}
        {step === 2 ? (
          <>
            <p>
              A reminder comes only while that check-in is not recorded yet. Both are off until you
              turn them on.
            </p>
            <ReminderTimes value={shownReminders} onChange={setReminders} errors={errors} />
            <p className="hint">
              While a reminder is on, closing the window keeps Unknot in the tray so reminders still
              come; Settings can change this.
            </p>
            <div className="field field--inline">
              <input
                id={`${id}-login`}
                type="checkbox"
                checked={shownLogin}
                disabled={desktop.data?.loginItemSupported === false}
                onChange={(e) => setOpenAtLogin(e.target.checked)}
              />
              <label htmlFor={`${id}-login`}>Start Unknot when I log in</label>
            </div>
          </>
        ) : null}
        <div className="form-actions">
          {step > 0 ? (
            <button type="button" className="button" onClick={() => setStep((s) => s - 1)}>
              Back
            </button>
          ) : null}
          {step < STEPS.length - 1 ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={next}>
              Next
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || readOnly}
              onClick={finish}
            >
              Finish
            </button>
          )}
          <button type="button" className="button welcome__skip" disabled={busy} onClick={skip}>
            Skip the welcome
          </button>
        </div>
      </section>
    </Page>
  )
}
