import { useId, useState } from 'react'
import {
  LEG_SIDE_LABELS,
  TIERS,
  TIER_INFO,
  legSideIn,
  legSidesOf,
  symptomsOfTier,
  type LegSide,
  type LegSides,
  type Tier,
} from '@shared/clinical/symptoms'
import { ChoiceField } from './form/ChoiceField'
import { useFormField } from './form/Form'
import { FieldError } from './form/FieldError'
import { TierBadge } from './TierBadge'
import './SymptomChecklist.css'

interface SymptomChecklistProps {
  value: readonly string[]
  onChange: (codes: string[]) => void
  error?: string | undefined
  field?: string | undefined
  /**
   * Which leg each ticked leg sign is about (docs/clinical-rules.md#which-leg); a form that
   * records it passes both, and the question appears under each ticked leg sign.
   */
  sides?: { value: LegSides; onChange: (sides: LegSides) => void; error?: string | undefined }
}

/**
 * Warning signs to tick on a check-in, grouped by what to do about them. A native <details>
 * (Enter or Space on its summary opens it), open from the start when signs are already ticked.
 */
export function SymptomChecklist({
  value,
  onChange,
  error: own,
  field,
  sides,
}: SymptomChecklistProps) {
  const id = useId()
  // The summary's link opens the list by its <summary>.
  const error = useFormField({ field, label: 'Warning signs', target: `${id}-summary`, error: own })
  // Open at first when something is already ticked; afterwards the person decides.
  const [open, setOpen] = useState(value.length > 0)
  const toggle = (code: string, checked: boolean) => {
    onChange(checked ? [...value, code] : value.filter((c) => c !== code))
    // An unticked sign keeps no side.
    if (!checked && sides && Object.hasOwn(sides.value, code)) {
      sides.onChange(Object.fromEntries(Object.entries(sides.value).filter(([c]) => c !== code)))
    }
  }
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
          {symptomsOfTier(tier).map((s) => {
            const legSides = legSidesOf(s.code)
            const ticked = value.includes(s.code)
            return (
              <div key={s.code}>
                <div className="field field--inline">
                  <input
                    id={`${id}-${s.code}`}
                    type="checkbox"
                    checked={ticked}
                    onChange={(e) => toggle(s.code, e.target.checked)}
                  />
                  <label htmlFor={`${id}-${s.code}`}>{s.label}</label>
                </div>
                {sides && legSides && ticked ? (
                  <div className="symptoms__side">
                    <ChoiceField<LegSide>
                      legend={`Which leg? (${s.label.toLowerCase()}; leave it if you are not sure)`}
                      options={legSides.map((side) => ({
                        value: side,
                        label: LEG_SIDE_LABELS[side],
                      }))}
                      value={legSideIn(sides.value, s.code)}
                      onChange={(side) => sides.onChange({ ...sides.value, [s.code]: side })}
                    />
                  </div>
                ) : null}
              </div>
            )
          })}
        </fieldset>
      ))}
      <FieldError id={`${id}-error`} message={error ?? sides?.error} />
    </details>
  )
}
