import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { PENN_SEVERITY } from '@shared/scales'
import { ScalePicker, type ScaleOption } from './ScalePicker'

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => ({ value }))

/** A scale holding its own answer, as a form would. */
function Scale({ options }: { options: readonly ScaleOption[] }) {
  const [value, setValue] = useState<number | null>(null)
  return (
    <>
      <ScalePicker
        legend="Pain now"
        name="pain"
        options={options}
        value={value}
        onChange={setValue}
      />
      <output>{value ?? 'none'}</output>
    </>
  )
}

const chosen = () => screen.getByRole('status').textContent

describe('a scale answered from the keyboard', () => {
  it('chooses the value of a digit key and moves the focus onto it', async () => {
    const user = userEvent.setup()
    render(<Scale options={ZERO_TO_TEN} />)
    await user.click(screen.getByRole('radio', { name: '2' }))
    await user.keyboard('7')
    expect(chosen()).toBe('7')
    const seven = screen.getByRole<HTMLInputElement>('radio', { name: '7' })
    expect(seven.checked).toBe(true)
    expect(document.activeElement).toBe(seven)
  })

  it('reads 1 then 0 as 10, and 0 alone as 0', async () => {
    const user = userEvent.setup()
    render(<Scale options={ZERO_TO_TEN} />)
    await user.click(screen.getByRole('radio', { name: '5' }))
    await user.keyboard('1')
    expect(chosen()).toBe('1')
    // Typed together, as a person types "10".
    await user.keyboard('10')
    expect(chosen()).toBe('10')
    await user.keyboard('3')
    await user.keyboard('0')
    expect(chosen()).toBe('0')
  })

  it('ignores digits the scale does not have, and keys held with Ctrl', async () => {
    const user = userEvent.setup()
    render(<Scale options={PENN_SEVERITY} />)
    await user.click(screen.getByRole('radio', { name: /^2:/ }))
    await user.keyboard('9')
    expect(chosen()).toBe('2')
    await user.keyboard('0')
    expect(chosen()).toBe('2')
    await user.keyboard('{Control>}3{/Control}')
    expect(chosen()).toBe('2')
    await user.keyboard('3')
    expect(chosen()).toBe('3')
  })
})
