import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { NamedButton } from './NamedButton'

describe('a button named for what it acts on', () => {
  it('shows its label and tells screen readers what it acts on', async () => {
    const onClick = vi.fn()
    render(<NamedButton label="Edit" names=" morning check-in of 3 May" onClick={onClick} />)
    const button = screen.getByRole('button', { name: 'Edit morning check-in of 3 May' })
    expect(button).toHaveProperty('type', 'button')
    expect(button.querySelector('.visually-hidden')?.textContent).toBe(' morning check-in of 3 May')
    await userEvent.click(button)
    expect(onClick).toHaveBeenCalledOnce()
  })

  it('is named by its label alone when there is nothing to tell apart', () => {
    render(<NamedButton label="It has ended" names={undefined} disabled />)
    const button = screen.getByRole('button', { name: 'It has ended' })
    expect(button).toHaveProperty('disabled', true)
    expect(button.querySelector('.visually-hidden')).toBeNull()
  })
})
