import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { setDisplayLocale } from '@shared/format'
import { DateField } from './DateField'
import { TimeField } from './TimeField'

/** A date field holding what it hands its form, shown beside it. */
function Dated({ initial, min, max }: { initial: string; min?: string; max?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <label htmlFor="when">When</label>
      <DateField id="when" value={value} onChange={setValue} min={min} max={max} />
      <output>{value}</output>
    </>
  )
}

const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'When' })
const handed = () => screen.getByRole('status').textContent

afterEach(() => setDisplayLocale('en-GB'))

describe('a date typed as the locale writes it', () => {
  it('shows the date and the pattern to type, read with the field', () => {
    render(<Dated initial="2026-11-25" />)
    expect(field().value).toBe('25/11/2026')
    const hint = document.getElementById(field().getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toBe('DD/MM/YYYY')
  })

  it('hands the form an ISO date once the text is one, and the text itself until then', async () => {
    const user = userEvent.setup()
    render(<Dated initial="2026-11-25" />)
    await user.clear(field())
    await user.type(field(), '3/2/26')
    expect(handed()).toBe('2026-02-03')
    await user.clear(field())
    await user.type(field(), '31/02/2026')
    expect(handed()).toBe('31/02/2026')
  })

  it('follows the display locale’s order', async () => {
    setDisplayLocale('en-US')
    const user = userEvent.setup()
    render(<Dated initial="2026-11-25" />)
    expect(field().value).toBe('11/25/2026')
    await user.clear(field())
    await user.type(field(), '2/3/2026')
    expect(handed()).toBe('2026-02-03')
  })

  it('moves a day with the arrow keys, never past its limits', async () => {
    const user = userEvent.setup()
    render(<Dated initial="2026-11-30" min="2026-11-29" max="2026-12-01" />)
    await user.click(field())
    await user.keyboard('{ArrowUp}')
    expect(handed()).toBe('2026-12-01')
    expect(field().value).toBe('01/12/2026')
    await user.keyboard('{ArrowUp}')
    expect(handed()).toBe('2026-12-01')
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(handed()).toBe('2026-11-29')
  })
})

describe('a time typed on the locale’s clock', () => {
  function Timed() {
    const [value, setValue] = useState('07:30')
    return (
      <>
        <label htmlFor="at">At</label>
        <TimeField id="at" value={value} onChange={setValue} />
        <output>{value}</output>
      </>
    )
  }
  const time = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'At' })

  it('hands the form HH:MM once the text is a time, the text until then, and ignores arrows', async () => {
    const user = userEvent.setup()
    render(<Timed />)
    expect(time().value).toBe('07:30')
    await user.clear(time())
    await user.type(time(), '7:05 PM')
    expect(handed()).toBe('19:05')
    await user.keyboard('{ArrowUp}')
    expect(handed()).toBe('19:05')
    await user.clear(time())
    await user.type(time(), '25:00')
    expect(handed()).toBe('25:00')
  })
})
