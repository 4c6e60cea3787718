import { act, render } from '@testing-library/react'
import { useCallback, useLayoutEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePlot } from './usePlot'

/** The observers' callbacks, to scroll a plot into or out of view by hand. */
let observers: ((entries: { isIntersecting: boolean }[]) => void)[] = []
/** The idle callbacks asked for, run by `idle()`. */
let idleCallbacks: (() => void)[] = []

/** The page goes idle as often as there are callbacks waiting for it. */
function idle() {
  while (idleCallbacks.length > 0) {
    const callbacks = idleCallbacks
    idleCallbacks = []
    act(() => {
      for (const callback of callbacks) callback()
    })
  }
}

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
function Plot({
  top,
  label,
  log,
  eager,
}: {
  top: number
  label: string
  log: string[]
  eager?: boolean
}) {
  const draw = useCallback(
    (width: number) => <Chart label={label} width={width} log={log} />,
    [label, log],
  )
  const [ref, drawn] = usePlot<HTMLDivElement>(draw, { eager })
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
  idleCallbacks = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    idleCallbacks.push(callback)
    return idleCallbacks.length
  })
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const top = Number(this.dataset['top'] ?? 0)
    return DOMRect.fromRect({ x: 0, y: top, width: 640.4, height: 200 })
  })
})

afterEach(() => {
  idle()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('usePlot', () => {
  it('draws a plot in the window with the page, once, at its measured width', () => {
    const log: string[] = []
    render(<Plot top={100} label="Now" log={log} />)
    // The first commit has no width yet; the next, before the browser paints, draws it.
    expect(log).toEqual(['shows: ', 'Now drawn', 'shows: Now at 640'])
    idle()
    expect(log).toHaveLength(3)
  })

  it('draws a plot below the window when the page is next idle, and still draws it', () => {
    const log: string[] = []
    render(<Plot top={900} label="Later" log={log} />)
    expect(log).toEqual(['shows: ', 'shows: '])
    idle()
    expect(log).toEqual(['shows: ', 'shows: ', 'Later drawn', 'shows: Later at 640'])
  })

  it('draws the plots outside the window one idle period each, in the page order', () => {
    const log: string[] = []
    render(
      <>
        <Plot top={0} label="First" log={log} />
        <Plot top={900} label="Second" log={log} />
        <Plot top={3000} label="Third" log={log} />
      </>,
    )
    expect(log.filter((line) => line.endsWith('drawn'))).toEqual(['First drawn'])
    log.length = 0
    act(() => idleCallbacks.shift()?.())
    expect(log).toEqual(['Second drawn', 'shows: Second at 640'])
    log.length = 0
    idle()
    expect(log).toEqual(['Third drawn', 'shows: Third at 640'])
  })

  it('gives a plot outside the window a new answer when idle, one in the window at once', () => {
    const far: string[] = []
    const page = render(<Plot top={3000} label="Old" log={far} />)
    idle()
    far.length = 0
    page.rerender(<Plot top={3000} label="New" log={far} />)
    // Not the old chart under the new words: the plot is empty (at its height) until then.
    expect(far).toEqual(['shows: '])
    idle()
    expect(far).toEqual(['shows: ', 'New drawn', 'shows: New at 640'])

    const near: string[] = []
    const inView = render(<Plot top={0} label="Old" log={near} />)
    near.length = 0
    inView.rerender(<Plot top={0} label="New" log={near} />)
    expect(near).toEqual(['New drawn', 'shows: New at 640'])
  })

  it('draws a waiting plot at once when it is scrolled into the window', () => {
    const log: string[] = []
    render(<Plot top={3000} label="Now" log={log} />)
    act(() => observers[0]?.([{ isIntersecting: true }]))
    expect(log).toEqual(['shows: ', 'shows: ', 'Now drawn', 'shows: Now at 640'])
    // Its place in the idle queue went with it.
    log.length = 0
    idle()
    expect(log).toEqual([])
  })

  it('draws an eager plot (a page printed as it stands) with the page, wherever it is', () => {
    const log: string[] = []
    render(<Plot top={3000} label="Printed" log={log} eager />)
    expect(log).toEqual(['shows: ', 'Printed drawn', 'shows: Printed at 640'])
  })

  it('keeps a drawn plot drawn when it is scrolled away', () => {
    const log: string[] = []
    render(<Plot top={0} label="Kept" log={log} />)
    act(() => observers[0]?.([{ isIntersecting: false }]))
    idle()
    expect(log.at(-1)).toBe('shows: Kept at 640')
    expect(log.filter((line) => line === 'Kept drawn')).toHaveLength(1)
  })
})
