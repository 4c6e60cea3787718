import { useId } from 'react'
import {
  HEALTH_HISTORY_QUESTIONS,
  type HealthHistory,
  type HealthHistoryAnswer,
} from '@shared/clinical/symptoms'
import './HealthQuestions.css'

const CHOICES: readonly { value: HealthHistoryAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unanswered', label: 'Not answered' },
]

/**
 * The health-history questions, each yes, no or not answered (Settings and the welcome), each
 * with one sentence on why it is asked and what a yes does.
 */
export function HealthQuestions({
  answers,
  onChange,
}: {
  answers: HealthHistory
  onChange: (answers: HealthHistory) => void
}) {
  const id = useId()
  return (
    <>
      {HEALTH_HISTORY_QUESTIONS.map((q) => (
        <fieldset key={q.key} className="yes-no" aria-describedby={`${id}-${q.key}-why`}>
          <legend>{q.question}</legend>
          <p id={`${id}-${q.key}-why`} className="hint yes-no__why">
            {q.why}
          </p>
          {CHOICES.map(({ value, label }) => (
            <label key={value} className="field--inline">
              <input
                type="radio"
                name={`${id}-${q.key}`}
                checked={answers[q.key] === value}
                onChange={() => onChange({ ...answers, [q.key]: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
    </>
  )
}
