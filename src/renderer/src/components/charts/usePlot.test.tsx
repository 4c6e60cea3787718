import { act, render } from '@testing-library/react'
import { useCallback, useLayoutEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePlot } from './usePlot'

/** The observers' callbacks, to scroll a plot into or out of view by hand. */
let observers: ((entries: { isIntersecting: boolean }[]) => void)[] = []

class FakeObserver {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    observers.push(callback)
  }
  observe() {}
  disconnect() {}
}

/** The drawn chart: logs each time it is drawn. */
function Chart({ label, width, log }: { label: string; width: number; log: string[] }) {
  log.push(`${label} drawn`)
  return (
    <p>
      {label} at {width}
    </p>
  )
}

/** A plot whose top sits at `top` px; each commit logs what it shows. */
function Plot({ top, label, log }: { top: number; label: string; log: string[] }) {
  const draw = useCallback(
    (width: number) => <Chart label={label} width={width} log={log} />,
    [label, log],
  )
  const [ref, drawn] = usePlot<HTMLDivElement>(draw)
  useLayoutEffect(() => {
    log.push(`shows: ${ref.current?.textContent ?? ''}`)
  })
  return (
    <div ref={ref} data-top={top}>
      {drawn}
    </div>
  )
}

beforeEach(() => {
  observers = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const top = Number(this.dataset['top'] ?? 0)
    return DOMRect.fromRect({ x: 0, y: top, width: 640.4, height: 200 })
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('usePlot', () => {
  it('draws a plot in the window with the page, once, at its measured width', () => {
    const log: string[] = []
    render(<Plot top={100} label="Now" log={log} />)
    // The first commit has no width yet; the next, before the browser paints, draws it; the
    // deferred render after it changes nothing and does not draw it again.
    expect(log).toEqual(['shows: ', 'Now drawn', 'shows: Now at 640', 'shows: Now at 640'])
  })

  it('draws a plot far below the window after the page, and still draws it', () => {
    const log: string[] = []
    render(<Plot top={3000} label="Later" log={log} />)
    expect(log).toEqual(['shows: ', 'shows: ', 'Later drawn', 'shows: Later at 640'])
  })

  it('gives a far plot a new answer after the page, a near one with it', () => {
    const far: string[] = []
    const page = render(<Plot top={3000} label="Old" log={far} />)
    far.length = 0
    page.rerender(<Plot top={3000} label="New" log={far} />)
    expect(far).toEqual(['shows: Old at 640', 'New drawn', 'shows: New at 640'])

    const near: string[] = []
    const inView = render(<Plot top={0} label="Old" log={near} />)
    near.length = 0
    inView.rerender(<Plot top={0} label="New" log={near} />)
    expect(near).toEqual(['New drawn', 'shows: New at 640', 'shows: New at 640'])
  })

  it('follows the plot as the page scrolls to it', () => {
    const log: string[] = []
    const { rerender } = render(<Plot top={3000} label="Old" log={log} />)
    act(() => observers[0]?.([{ isIntersecting: true }]))
    log.length = 0
    rerender(<Plot top={3000} label="New" log={log} />)
    expect(log).toEqual(['New drawn', 'shows: New at 640', 'shows: New at 640'])
  })
})
