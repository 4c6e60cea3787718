import { PAIN_ANCHORS, STIFFNESS_ANCHORS } from '@shared/scales'
import { ScalePicker } from './ScalePicker'

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => ({ value }))
const ANCHORS = {
  pain: { low: PAIN_ANCHORS[0], high: PAIN_ANCHORS[10] },
  stiffness: { low: STIFFNESS_ANCHORS[0], high: STIFFNESS_ANCHORS[10] },
}

/**
 * A 0–10 rating of pain or stiffness, always with its anchor words (docs/clinical-rules.md#scales).
 */
export function ScoreScale({
  measure,
  ...props
}: {
  measure: keyof typeof ANCHORS
  legend: string
  name: string
  value: number | null
  onChange: (value: number) => void
  error?: string | undefined
  field?: string | undefined
}) {
  return <ScalePicker {...props} options={ZERO_TO_TEN} anchors={ANCHORS[measure]} />
}

/** A form's binding of one score: `form.pick('pain')`. */
interface ScoreBinding {
  value: number | null
  onChange: (value: number) => void
  error?: string | undefined
  field?: string | undefined
}

/** Pain and stiffness right now: what a check-in and "Spasm now" both ask first. */
export function NowScales({
  name,
  pain,
  stiffness,
}: {
  /** Prefix of the two radio groups' names (a `useId()`), unique on the page. */
  name: string
  pain: ScoreBinding
  stiffness: ScoreBinding
}) {
  return (
    <>
      <ScoreScale measure="pain" legend="Pain right now" name={`${name}-pain`} {...pain} />
      <ScoreScale
        measure="stiffness"
        legend="Stiffness right now"
        name={`${name}-stiffness`}
        {...stiffness}
      />
    </>
  )
}
