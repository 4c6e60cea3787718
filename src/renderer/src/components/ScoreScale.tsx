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
}) {
  return <ScalePicker {...props} options={ZERO_TO_TEN} anchors={ANCHORS[measure]} />
}
