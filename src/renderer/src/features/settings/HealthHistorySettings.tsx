import { useState } from 'react'
import type { HealthHistory } from '@shared/clinical/symptoms'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { HealthQuestions } from '@renderer/components/HealthQuestions'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './settings.css'

function Questions({ saved }: { saved: HealthHistory }) {
  const [answers, setAnswers] = useState<HealthHistory>(saved)
  const [done, setDone] = useState(false)
  const save = useChannelMutation('settings:save')
  const { readOnly } = save
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
      <HealthQuestions answers={answers} onChange={setAnswers} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || readOnly}
        >
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

/**
 * Health-history answers used by the alert rules (docs/clinical-rules.md#health-history); they
 * never leave the machine.
 */
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
