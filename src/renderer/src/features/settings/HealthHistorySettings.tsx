import { useState } from 'react'
import { HEALTH_HISTORY_QUESTIONS, type HealthHistory } from '@shared/clinical/symptoms'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { HealthQuestions } from '@renderer/components/HealthQuestions'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { SavedNote, useSaveAsYouGo } from './save-as-you-go'
import './settings.css'

const ANSWER_WORDS = { yes: 'yes', no: 'no', unanswered: 'not answered' } as const

/** "“Have you ever had cancer?” yes": the questions whose answers changed. */
function describe(before: HealthHistory, after: HealthHistory): string {
  return HEALTH_HISTORY_QUESTIONS.filter((q) => before[q.key] !== after[q.key])
    .map((q) => `“${q.question}” ${ANSWER_WORDS[after[q.key]]}`)
    .join('; ')
}

function Questions({ saved }: { saved: HealthHistory }) {
  const [answers, setAnswers] = useState<HealthHistory>(saved)
  const save = useChannelMutation('settings:save')
  const { commit, note, error } = useSaveAsYouGo<HealthHistory>({
    saved,
    save: (healthHistory) => save.mutateAsync({ healthHistory }),
    describe,
  })
  return (
    <div>
      <HealthQuestions
        answers={answers}
        onChange={(next) => {
          setAnswers(next)
          // Refused (a read-only journal): the screen goes back to what is saved.
          void commit(next).then(setAnswers)
        }}
      />
      <SavedNote
        note={note}
        error={error}
        failed="Your answers were not saved."
        onUndo={(before) => {
          setAnswers(before)
          void commit(before, true).then(setAnswers)
        }}
      />
    </div>
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
