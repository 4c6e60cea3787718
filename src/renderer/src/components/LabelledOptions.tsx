/** The <option>s of a select over a closed list of codes, each shown by its label. */
export function LabelledOptions<V extends string>({
  values,
  labels,
}: {
  values: readonly V[]
  labels: Record<V, string>
}) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  )
}
