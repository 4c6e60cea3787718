import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ScalePicker } from '@renderer/components/ScalePicker'
import { BridgeError } from '@renderer/lib/bridge'
import { JournalStatusProvider } from '@renderer/lib/journal-status'
import { CheckField, Field, FormActions, FormError } from './Field'
import { Form } from './Form'
import { checkedInput, SEE_BELOW } from './form-logic'
import { READ_ONLY, useForm } from './useForm'

const SCALE = [0, 1, 2, 3].map((value) => ({ value }))

interface Values {
  pain: number | null
  minutes: string
  tired: boolean
}

/** A form of the kit whose save `submit` decides: a scale, a text field and a tick box. */
function TestForm({ submit }: { submit: (values: Values) => Promise<unknown> }) {
  const form = useForm<Values, unknown>({
    initial: { pain: null, minutes: '', tired: false },
    submit,
  })
  return (
    <Form form={form} aria-label="Test">
      <FormError />
      <ScalePicker legend="Pain now" name="pain" options={SCALE} {...form.pick('pain')} />
      <Field name="minutes" label="Minutes">
        {(control) => <input {...control} {...form.text('minutes')} />}
      </Field>
      <CheckField
        name="tired"
        label="Tired"
        checked={form.values.tired}
        onChange={(on) => form.set('tired', on)}
      />
      <FormActions submitLabel="Save" pending={form.pending} />
    </Form>
  )
}

function refusal(...issues: { path: string; message: string }[]) {
  return new BridgeError({ code: 'invalid_input', message: 'Refused.', issues })
}

describe('the error summary of a kit form', () => {
  it('lists each field’s label and message in the order found, and takes the focus', async () => {
    const user = userEvent.setup()
    const submit = vi.fn(() =>
      Promise.reject(
        refusal(
          { path: 'minutes', message: 'Minutes must be a number.' },
          { path: 'pain', message: 'Choose how much it hurts.' },
        ),
      ),
    )
    render(<TestForm submit={submit} />)
    expect(screen.queryByRole('alert')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Save' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText(SEE_BELOW)).toBeTruthy()
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Minutes: Minutes must be a number.', 'Pain now: Choose how much it hurts.'])
    expect(document.activeElement).toBe(summary)
    // The fields say their own message too, tied to them.
    const minutes = screen.getByRole('textbox', { name: 'Minutes' })
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
    expect(minutes.getAttribute('aria-describedby')).toBeTruthy()
    expect(
      document.getElementById(minutes.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Minutes must be a number.')
    expect(screen.getByRole('group', { name: 'Pain now' }).getAttribute('aria-invalid')).toBe(
      'true',
    )
    expect(screen.getByRole('checkbox', { name: 'Tired' }).getAttribute('aria-invalid')).toBeNull()
  })

  it('puts the person on the field a link names: the control, or a scale’s first option', async () => {
    const user = userEvent.setup()
    const submit = () =>
      Promise.reject(
        refusal(
          { path: 'pain', message: 'Choose how much it hurts.' },
          { path: 'minutes', message: 'Minutes must be a number.' },
          { path: 'tired', message: 'Yes or no.' },
        ),
      )
    render(<TestForm submit={submit} />)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const summary = await screen.findByRole('alert')

    await user.click(within(summary).getByRole('link', { name: /^Minutes:/ }))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Minutes' }))
    await user.click(within(summary).getByRole('link', { name: /^Pain now:/ }))
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '0' }))
    await user.click(within(summary).getByRole('link', { name: /^Tired:/ }))
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Tired' }))
  })

  it('takes the focus again on the next refused save, even with the same words', async () => {
    const user = userEvent.setup()
    const submit = () => Promise.reject(refusal({ path: 'pain', message: 'Choose one.' }))
    render(<TestForm submit={submit} />)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(document.activeElement).toBe(await screen.findByRole('alert'))

    await user.click(screen.getByRole('textbox', { name: 'Minutes' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
  })

  it('lists the contract’s own refusal of a draft, found before the round trip', async () => {
    const user = userEvent.setup()
    const sent = vi.fn()
    // The PEG channel's schema: unanswered questions are named in the window, nothing is sent.
    const submit = ({ pain }: Values) =>
      Promise.resolve(
        sent(checkedInput('peg:save', { date: '2026-11-25', pain, enjoyment: 1, activity: 2 })),
      )
    render(<TestForm submit={submit} />)
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link').textContent).toMatch(/^Pain now: Average pain /)
    expect(sent).not.toHaveBeenCalled()
  })

  it('clears the summary once a save goes through', async () => {
    const user = userEvent.setup()
    const submit = vi
      .fn<(values: Values) => Promise<unknown>>()
      .mockRejectedValueOnce(refusal({ path: 'pain', message: 'Choose one.' }))
      .mockResolvedValueOnce('saved')
    render(<TestForm submit={submit} />)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('alert')
    await user.click(screen.getByRole('radio', { name: '2' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(submit).toHaveBeenLastCalledWith({ pain: 2, minutes: '', tired: false })
  })

  it('says at the top, with no list, why a read-only journal saves nothing', async () => {
    const user = userEvent.setup()
    const submit = vi.fn(() => Promise.resolve())
    render(
      <JournalStatusProvider status={{ state: 'open', file: 'journal.sqlite', readOnly: true }}>
        <TestForm submit={submit} />
      </JournalStatusProvider>,
    )
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true)
    // Ctrl+Enter still reaches the form; it says why instead of sending.
    await user.click(screen.getByRole('textbox', { name: 'Minutes' }))
    await user.keyboard('{Control>}{Enter}{/Control}')
    const summary = await screen.findByRole('alert')
    expect(summary.textContent).toContain(READ_ONLY)
    expect(within(summary).queryAllByRole('link')).toHaveLength(0)
    expect(submit).not.toHaveBeenCalled()
  })
})
