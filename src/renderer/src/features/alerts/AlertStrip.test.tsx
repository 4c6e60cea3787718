import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Alert } from '@shared/domain/alert'
import type { Result } from '@shared/errors'
import { AlertStrip } from './AlertStrip'

function alert(key: string, tier: Alert['tier'], title: string): Alert {
  return {
    key,
    tier,
    title,
    reason: `You ticked “${title}” on 24 November.`,
    advice: 'Contact your doctor within a day or two.',
    recordedOn: '2026-11-24',
    source: { kind: 'checkin', id: 1 },
    acknowledgedAt: null,
  }
}

const FEVER = alert('checkin:1:fever', 'urgent', 'Fever with back pain')
const NUMB = alert('checkin:1:numb', 'soon', 'Numbness in one leg')

/** main's side of the three alert channels, over a set of acknowledged keys. */
function fakeJournal(alerts: Alert[]) {
  const acknowledged = new Set<string>()
  const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
  const find = (key: string) => alerts.find((a) => a.key === key) ?? alerts[0]
  const journal = {
    alerts: {
      list: vi.fn(() => ok(alerts.filter((a) => !acknowledged.has(a.key)))),
      acknowledge: vi.fn(({ key }: { key: string }) => {
        acknowledged.add(key)
        return ok({ ...find(key), acknowledgedAt: '2026-11-25T08:00:00.000Z' })
      }),
      unacknowledge: vi.fn(({ key }: { key: string }) => {
        acknowledged.delete(key)
        return ok(find(key))
      }),
    },
  }
  Object.defineProperty(window, 'journal', { value: journal, configurable: true })
  return { journal, acknowledged }
}

function renderStrip() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <AlertStrip />
    </QueryClientProvider>,
  )
}

// happy-dom lays the visually hidden span out as a block, so the name has a space before ':'.
const acknowledgeButton = (title: string) =>
  screen.getByRole('button', {
    name: (name) => name.replace(/\s+:/, ':') === `Acknowledge: ${title}`,
  })

const rows = () =>
  within(screen.getByRole('region', { name: 'Alerts' }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)

afterEach(() => Reflect.deleteProperty(window, 'journal'))

describe('the alert strip', () => {
  it('acknowledges an alert, says so, offers Undo with the focus on it, and undoes', async () => {
    const { journal, acknowledged } = fakeJournal([FEVER, NUMB])
    const user = userEvent.setup()
    renderStrip()
    await vi.waitFor(() => expect(rows()).toEqual([FEVER.title, NUMB.title]))

    await user.click(acknowledgeButton(FEVER.title))
    expect(journal.alerts.acknowledge).toHaveBeenCalledWith({ key: FEVER.key })
    const done = await screen.findByText(`Acknowledged: ${FEVER.title}.`)
    await vi.waitFor(() => expect(rows()).toEqual([NUMB.title]))
    const undo = within(done.closest('.banner') as HTMLElement).getByRole('button', {
      name: 'Undo',
    })
    expect(document.activeElement).toBe(undo)
    expect([...acknowledged]).toEqual([FEVER.key])

    await user.keyboard('{Enter}')
    expect(journal.alerts.unacknowledge).toHaveBeenCalledWith({ key: FEVER.key })
    await vi.waitFor(() => expect(rows()).toEqual([FEVER.title, NUMB.title]))
    expect(acknowledged.size).toBe(0)
    expect(screen.queryByText(`Acknowledged: ${FEVER.title}.`)).toBeNull()
  })

  it('says when acknowledging did not work, and keeps the alert', async () => {
    const { journal } = fakeJournal([FEVER])
    journal.alerts.acknowledge.mockImplementationOnce(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'read_only', message: 'The journal is read-only.' },
      }),
    )
    const user = userEvent.setup()
    renderStrip()
    await vi.waitFor(() => expect(rows()).toEqual([FEVER.title]))
    await user.click(acknowledgeButton(FEVER.title))
    expect(await screen.findByText('The journal is read-only.')).toBeTruthy()
    expect(rows()).toEqual([FEVER.title])
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })
})
