import { useId, useLayoutEffect, useRef, useState } from 'react'
import { FAILED_SAVES_ATTRIBUTE } from './form-logic'

interface Problem {
  /** The field, as its label or legend says it. */
  field: string
  message: string
  target: HTMLElement
}

/** Every control the refusal marked invalid, with its label and its message, in page order. */
function problemsIn(form: HTMLFormElement): Problem[] {
  const problems: Problem[] = []
  for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    const field =
      el instanceof HTMLFieldSetElement
        ? (el.querySelector('legend')?.textContent ?? '')
        : ((el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '')
    const describedBy = (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
    const message = describedBy
      .map((id) => (id ? document.getElementById(id) : null))
      .find((node) => node?.classList.contains('field-error'))
      ?.textContent.replace(/^⚠\s*/, '')
    if (message) problems.push({ field: field.trim(), message, target: el })
  }
  return problems
}

/** Puts the person on the field: its control, or a group's chosen (else first) option. */
function goTo(target: HTMLElement) {
  const control =
    target instanceof HTMLFieldSetElement
      ? (target.querySelector<HTMLElement>('input:checked') ??
        target.querySelector<HTMLElement>('input, button, select, textarea'))
      : target
  control?.focus()
  control?.scrollIntoView({ block: 'center' })
}

/**
 * The error summary at the top of a form: after a refused save it says what went wrong once
 * (one live region; the fields' own messages are not live), takes the focus, and links to every
 * field that needs attention. It finds those fields itself (controls marked aria-invalid by
 * <Field>, the scales and tick boxes), so every form of the kit gets it by rendering
 * `<FormError message={form.formError} />` inside a form that spreads `form.formProps`.
 */
export function FormError({ message }: { message: string | null }) {
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState<{ failure: string; problems: Problem[] } | null>(null)

  // After every render, since the count lives on the <form>: a new refused save rebuilds the
  // list, once (the count is remembered, so this never loops).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const form = ref.current?.closest('form')
    const failure = form?.getAttribute(FAILED_SAVES_ATTRIBUTE) ?? ''
    if (message === null || !form || failure === shown?.failure) return
    setShown({ failure, problems: problemsIn(form) })
  })
  useLayoutEffect(() => {
    if (shown && message !== null) ref.current?.focus()
  }, [shown, message])

  if (message === null) return <div ref={ref} hidden />
  const problems = shown?.problems ?? []
  return (
    <div
      ref={ref}
      // Keyed by the attempt: the same words after a second refused save are said again.
      key={shown?.failure}
      className="form-error error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <p id={`${id}-title`} className="error-summary__title">
        <span aria-hidden="true">⚠ </span>
        {message}
      </p>
      {problems.length > 0 ? (
        <ul className="error-summary__list">
          {problems.map((p, i) => (
            <li key={i}>
              <a
                href={p.target.id ? `#${p.target.id}` : '#'}
                onClick={(e) => {
                  e.preventDefault()
                  goTo(p.target)
                }}
              >
                {p.field ? `${p.field}: ` : ''}
                {p.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
