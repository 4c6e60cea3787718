import { useId, useState } from 'react'
import {
  HEALTH_HISTORY_QUESTIONS,
  type HealthHistory,
  type HealthHistoryAnswer,
} from '@shared/clinical/symptoms'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './settings.css'

const CHOICES: readonly { value: HealthHistoryAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unanswered', label: 'Not answered' },
]

function Questions({ saved }: { saved: HealthHistory }) {
  const id = useId()
  const [answers, setAnswers] = useState<HealthHistory>(saved)
  const [done, setDone] = useState(false)
  const save = useChannelMutation('settings:save')
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setDone(false)
        save.mutate({ healthHistory: answers }, { onSuccess: () => setDone(true) })
      }}
    >
      {save.error ? <ErrorBanner title="Your answers were not saved." error={save.error} /> : null}
      {HEALTH_HISTORY_QUESTIONS.map((q) => (
        <fieldset key={q.key} className="yes-no">
          <legend>{q.question}</legend>
          {CHOICES.map(({ value, label }) => (
            <label key={value} className="field--inline">
              <input
                type="radio"
                name={`${id}-${q.key}`}
                checked={answers[q.key] === value}
                onChange={() => setAnswers((a) => ({ ...a, [q.key]: value }))}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save health history
        </button>
        {done ? (
          <span role="status" className="hint">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  )
}

/** Health-history answers used by the alert rules (DESIGN §3.3); they never leave the machine. */
export function HealthHistorySettings() {
  const settings = useChannel('settings:get')
  return (
    <section className="card" aria-labelledby="settings-health">
      <h2 id="settings-health">Health history</h2>
      <p className="hint">
        With back pain, a “yes” to any of these means you should contact your healthcare provider
        the same day. A question you leave “not answered” raises nothing. Your answers stay on this
        computer and are only used for those reminders.
      </p>
      {settings.isError ? (
        <ErrorBanner title="Your answers could not be loaded." error={settings.error} />
      ) : null}
      {settings.data ? <Questions saved={settings.data.healthHistory} /> : null}
    </section>
  )
}
