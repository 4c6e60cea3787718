/**
 * A field's message, tied to its control by aria-describedby. Not a live region: a refused save
 * is announced once, by the form's error summary (FormError), not once per field.
 */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  )
}
