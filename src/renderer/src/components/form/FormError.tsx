import { useId, useLayoutEffect, useRef } from 'react'
import { problemsOf, useFormState } from './Form'

const CONTROL = 'input, button, select, textarea, summary'

/** Puts the person on the field: its control, or a group's chosen (else first) option. */
function goTo(target: HTMLElement | null) {
  const control = target?.matches(CONTROL)
    ? target
    : (target?.querySelector<HTMLElement>('input:checked') ??
      target?.querySelector<HTMLElement>(CONTROL))
  control?.focus()
  control?.scrollIntoView({ block: 'center' })
}

/**
 * The error summary at the top of a form: after a refused save it says what went wrong once
 * (one live region; the fields' own messages are not live), takes the focus, and links to every
 * field that needs attention. Inside <Form> it learns the sentence, the attempt and each field's
 * label and message from the form; `message` says something else at the top instead.
 */
export function FormError({ message }: { message?: string | null }) {
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  const form = useFormState()
  const said = message === undefined ? (form?.formError ?? null) : message
  // Outside <Form>, a new sentence is what marks a new attempt.
  const attempt = form ? form.failures : said

  useLayoutEffect(() => {
    if (said !== null) ref.current?.focus()
    // Once per refused save, not whenever the form redraws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt])

  if (said === null) return null
  const problems = form ? problemsOf(form) : []
  return (
    <div
      ref={ref}
      // Keyed by the attempt: the same words after a second refused save are said again.
      key={String(attempt)}
      className="form-error error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <p id={`${id}-title`} className="error-summary__title">
        <span aria-hidden="true">⚠ </span>
        {said}
      </p>
      {problems.length > 0 ? (
        <ul className="error-summary__list">
          {problems.map((p) => (
            <li key={p.field}>
              {p.target ? (
                <a
                  href={`#${p.target}`}
                  onClick={(e) => {
                    e.preventDefault()
                    goTo(document.getElementById(p.target ?? ''))
                  }}
                >
                  {p.label ? `${p.label}: ` : ''}
                  {p.message}
                </a>
              ) : (
                p.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
