import { useId } from 'react'
import {
  FACTOR_CODES,
  FACTORS,
  ONSET_WINDOW_HOURS,
  type FactorCode,
} from '@shared/clinical/factors'
import { CheckField, Field } from '@renderer/components/form/Field'
import { useFormField } from '@renderer/components/form/Form'
import { FieldError } from '@renderer/components/form/FieldError'
import type { OnsetAnswer } from './episode-draft'
import './episodes.css'

/**
 * "In the 24 hours before, did you…": the factors that came before this spasm, or "none of
 * these". Left blank it is not answered, which Insights counts apart from "none".
 */
export function OnsetFactorsField({
  value,
  onChange,
  error: own,
  field,
}: {
  value: OnsetAnswer
  onChange: (value: OnsetAnswer) => void
  error?: string | undefined
  field?: string | undefined
}) {
  const id = useId()
  const legend = `In the ${ONSET_WINDOW_HOURS} hours before it started, did you…`
  const error = useFormField({ field, label: legend, target: id, error: own })
  const toggle = (code: FactorCode, on: boolean) =>
    onChange({
      ...value,
      none: false,
      factors: on ? [...value.factors, code] : value.factors.filter((c) => c !== code),
      otherNote: code === 'other' && !on ? '' : value.otherNote,
    })
  return (
    <fieldset
      id={id}
      className="onset-factors"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        Optional: tick all that apply, or “None of these”. Insights compares them with your ordinary
        days; you can answer or change this later.
      </p>
      <div className="onset-factors__options">
        {FACTOR_CODES.map((code) => (
          <CheckField
            key={code}
            label={FACTORS[code].before}
            checked={value.factors.includes(code)}
            onChange={(on) => toggle(code, on)}
          />
        ))}
        <CheckField
          label="None of these"
          checked={value.none}
          onChange={(on) => onChange({ factors: [], otherNote: '', none: on })}
        />
      </div>
      {value.factors.includes('other') ? (
        <Field label="What else? (optional)">
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={200}
              value={value.otherNote}
              onChange={(e) => onChange({ ...value, otherNote: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
