import { useId, useState } from 'react'
import { TIERS, TIER_INFO, symptomsOfTier, type Tier } from '@shared/clinical/symptoms'
import { useFormField } from './form/Form'
import { FieldError } from './form/FieldError'
import { TierBadge } from './TierBadge'
import './SymptomChecklist.css'

interface SymptomChecklistProps {
  value: readonly string[]
  onChange: (codes: string[]) => void
  error?: string | undefined
  field?: string | undefined
}

/**
 * Warning signs to tick on a check-in, grouped by what to do about them. A native <details>
 * (Enter or Space on its summary opens it), open from the start when signs are already ticked.
 */
export function SymptomChecklist({ value, onChange, error: own, field }: SymptomChecklistProps) {
  const id = useId()
  // The summary's link opens the list by its <summary>.
  const error = useFormField({ field, label: 'Warning signs', target: `${id}-summary`, error: own })
  // Open at first when something is already ticked; afterwards the person decides.
  const [open, setOpen] = useState(value.length > 0)
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((c) => c !== code))
  return (
    <details
      className="symptoms"
      open={open || error !== undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary id={`${id}-summary`}>
        Warning signs{' '}
        <span className="hint">
          {value.length === 0 ? '(none ticked; open to check)' : `(${value.length} ticked)`}
        </span>
      </summary>
      <p className="hint">
        Tick anything you noticed since the last check-in. These do not diagnose anything; they tell
        you when to get help.
      </p>
      {TIERS.map((tier: Tier) => (
        <fieldset key={tier} className={`symptoms__group symptoms__group--${tier}`}>
          <legend>
            <TierBadge tier={tier} /> {TIER_INFO[tier].heading}
          </legend>
          {symptomsOfTier(tier).map((s) => (
            <div key={s.code} className="field field--inline">
              <input
                id={`${id}-${s.code}`}
                type="checkbox"
                checked={value.includes(s.code)}
                onChange={(e) => toggle(s.code, e.target.checked)}
              />
              <label htmlFor={`${id}-${s.code}`}>{s.label}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <FieldError id={`${id}-error`} message={error} />
    </details>
  )
}
