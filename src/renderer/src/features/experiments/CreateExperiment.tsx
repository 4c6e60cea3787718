import { useEffect, useId, useRef, useState } from 'react'
import {
  OUTCOME_CODES,
  OUTCOMES,
  OWN_QUESTION_LABEL,
  QUESTION_CODES,
  QUESTIONS,
  type OutcomeCode,
  type QuestionCode,
} from '@shared/clinical/experiments/catalogue'
import { endsOn } from '@shared/clinical/experiments/design-dates'
import {
  EXPERIMENT_MAX_PAIRS,
  EXPERIMENT_MAX_PERIOD_DAYS,
  EXPERIMENT_MAX_WASHOUT_DAYS,
  EXPERIMENT_MIN_PAIRS,
} from '@shared/clinical/thresholds'
import { isIsoDate } from '@shared/dates'
import { formatDay } from '@shared/format'
import type { ExperimentDetail } from '@shared/domain/experiment'
import { DateField } from '@renderer/components/form/DateField'
import { Field, FormError } from '@renderer/components/form/Field'
import { FieldError } from '@renderer/components/form/FieldError'
import { useForm } from '@renderer/components/form/useForm'
import { useChannelMutation } from '@renderer/lib/channels'
import { experimentDraft, type CreateValues } from './experiment-draft'

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

function Choice<V extends string>(props: {
  legend: string
  name: string
  options: readonly { value: V; label: string; hint?: string }[]
  value: V
  onChange: (value: V) => void
  error?: string | undefined
}) {
  const id = useId()
  return (
    <fieldset
      id={id}
      className="experiment-choice"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="experiment-choice__option">
          <input
            type="radio"
            name={props.name}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <span>
            {o.label}
            {o.hint ? <span className="hint"> — {o.hint}</span> : null}
          </span>
        </label>
      ))}
      <FieldError id={`${id}-error`} message={props.error} />
    </fieldset>
  )
}

const STEP_TITLES = ['What to test', 'What to measure', 'How long, and when'] as const

/**
 * Start an experiment in three steps: the question (self-care only), the outcome the diary
 * already records, and the design. Each step's heading takes the focus, so a screen reader
 * hears where it is.
 */
export function CreateExperiment({
  today,
  onCreated,
  onCancel,
}: {
  today: string
  onCreated: (experiment: ExperimentDetail) => void
  onCancel: () => void
}) {
  const id = useId()
  const create = useChannelMutation('experiments:create')
  const [step, setStep] = useState(0)
  const [namesError, setNamesError] = useState<string | undefined>(undefined)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const form = useForm<CreateValues, ExperimentDetail>({
    initial: {
      question: 'stretch_routine',
      optionA: '',
      optionB: '',
      outcome: 'evening_pain',
      startsOn: today,
      pairs: String(EXPERIMENT_MIN_PAIRS),
      periodDays: '2',
      washoutDays: '0',
    },
    submit: (values) => create.mutateAsync(experimentDraft(values)),
    onSaved: onCreated,
  })
  const { values, set, errors } = form
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step])
  const go = (next: number) => {
    if (next > step && step === 0 && values.question === 'own') {
      if (!values.optionA.trim() || !values.optionB.trim()) {
        setNamesError('Name both options to go on.')
        return
      }
    }
    setNamesError(undefined)
    moved.current = true
    setStep(next)
  }
  const design = {
    startsOn: isIsoDate(values.startsOn) ? values.startsOn : today,
    pairs: Number(values.pairs),
    periodDays: Number(values.periodDays),
  }
  const total = design.pairs * 2 * design.periodDays
  return (
    <form {...form.formProps} className="experiment-create" aria-labelledby={`${id}-step`}>
      <h3 id={`${id}-step`} ref={heading} tabIndex={-1}>
        Step {step + 1} of 3: {STEP_TITLES[step]}
      </h3>
      <FormError message={form.formError} />
      {step === 0 ? (
        <>
          <Choice<QuestionCode>
            legend="Which self-care question do you want a fair answer to?"
            name={`${id}-question`}
            options={QUESTION_CODES.map((code) => ({
              value: code,
              label: code === 'own' ? OWN_QUESTION_LABEL : QUESTIONS[code].label,
            }))}
            {...form.pick('question')}
          />
          {values.question === 'own' ? (
            <div className="experiment-create__names">
              <Field label="First option" error={errors.optionA ?? namesError}>
                {(control) => <input {...control} type="text" {...form.text('optionA')} />}
              </Field>
              <Field
                label="Second option"
                hint="Self-care only, e.g. “Yoga” and “Swimming”."
                error={errors.optionB}
              >
                {(control) => <input {...control} type="text" {...form.text('optionB')} />}
              </Field>
            </div>
          ) : null}
          <p className="banner banner--info">
            Starting, stopping or changing a medication is not offered here: those are changes to
            plan with your clinician.
          </p>
        </>
      ) : null}
      {step === 1 ? (
        <Choice<OutcomeCode>
          legend="Which of your usual entries should show the difference?"
          name={`${id}-outcome`}
          options={OUTCOME_CODES.map((code) => ({
            value: code,
            label: OUTCOMES[code].label,
            hint: OUTCOMES[code].source,
          }))}
          {...form.pick('outcome')}
        />
      ) : null}
      {step === 2 ? (
        <>
          <Field label="First day" error={errors.startsOn}>
            {(control) => (
              <DateField
                {...control}
                min={today}
                value={values.startsOn}
                onChange={(v) => set('startsOn', v)}
              />
            )}
          </Field>
          <Field
            label="Pairs of periods"
            hint={`Each pair tries both options once, in an order drawn at random. ${EXPERIMENT_MIN_PAIRS} pairs or more are needed for the chance test to be able to find a difference.`}
            error={errors.pairs}
          >
            {(control) => (
              <select {...control} {...form.text('pairs')}>
                {range(EXPERIMENT_MIN_PAIRS, EXPERIMENT_MAX_PAIRS).map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Days per period" error={errors.periodDays}>
            {(control) => (
              <select {...control} {...form.text('periodDays')}>
                {range(1, EXPERIMENT_MAX_PERIOD_DAYS).map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Wash-out days at the start of each period"
            hint="You follow the day’s option, but these days are not counted, so the last option’s effect can fade."
            error={errors.washoutDays}
          >
            {(control) => (
              <select {...control} {...form.text('washoutDays')}>
                {range(0, EXPERIMENT_MAX_WASHOUT_DAYS).map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            )}
          </Field>
          <p className="hint" aria-live="polite">
            {total} days, from {formatDay(design.startsOn)} to {formatDay(endsOn(design))}. Today
            will say each day’s option; the order stays hidden unless you choose to see it.
          </p>
        </>
      ) : null}
      <div className="form-actions">
        {step > 0 ? (
          <button type="button" className="button" onClick={() => go(step - 1)}>
            Back
          </button>
        ) : null}
        {step < 2 ? (
          // Keyed apart: reusing one element would turn the clicked Next into a submit mid-click.
          <button
            key="next"
            type="button"
            className="button button--primary"
            onClick={() => go(step + 1)}
          >
            Next
          </button>
        ) : (
          <button
            key="submit"
            type="submit"
            className="button button--primary"
            disabled={form.pending || form.readOnly}
          >
            {form.pending ? 'Starting…' : 'Start the experiment'}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
