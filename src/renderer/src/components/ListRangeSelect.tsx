import { LIST_RANGE_IDS, LIST_RANGE_LABELS, type ListRangeId } from '@renderer/lib/range'
import { LabelledOptions } from './LabelledOptions'

/** The "Show: last 30 days … everything" choice of the Journal and Treatments lists. */
export function ListRangeSelect({
  id,
  value,
  onChange,
}: {
  id: string
  value: ListRangeId
  onChange: (value: ListRangeId) => void
}) {
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Show</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ListRangeId)}>
        <LabelledOptions values={LIST_RANGE_IDS} labels={LIST_RANGE_LABELS} />
      </select>
    </div>
  )
}
