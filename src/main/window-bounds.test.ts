import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../testing/temp-diary'
import { BOUNDS_FILE, initialBounds, readBounds, writeBounds } from './window-bounds'

/** A 1366 × 768 laptop with a 40 px taskbar, and a 1920 × 1080 monitor to its right. */
const laptop = { x: 0, y: 0, width: 1366, height: 728 }
const monitor = { x: 1366, y: 0, width: 1920, height: 1080 }

describe('initialBounds', () => {
  it('fits a first window on a 768 px laptop, centred', () => {
    expect(initialBounds(undefined, [laptop], laptop)).toEqual({
      width: 1180,
      height: 728,
      maximized: false,
    })
    // A large screen gets the full default size.
    expect(initialBounds(undefined, [monitor], monitor)).toMatchObject({
      width: 1180,
      height: 820,
    })
  })

  it('reopens where it was left, on the display it was on', () => {
    const saved = { x: 1500, y: 100, width: 1000, height: 900, maximized: false }
    expect(initialBounds(saved, [laptop, monitor], laptop)).toEqual({
      x: 1500,
      y: 100,
      width: 1000,
      height: 900,
      maximized: false,
    })
  })

  it('clamps a window hanging off its display into the work area', () => {
    const saved = { x: 900, y: 500, width: 1400, height: 900, maximized: true }
    expect(initialBounds(saved, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
      maximized: true,
    })
    const offRight = { x: 3000, y: -50, width: 1000, height: 800, maximized: false }
    expect(initialBounds(offRight, [laptop, monitor], laptop)).toMatchObject({
      x: 1366 + 1920 - 1000,
      y: 0,
    })
  })

  it('falls back to the default, centred, when its display is gone', () => {
    const onMonitor = { x: 1500, y: 100, width: 1000, height: 900, maximized: true }
    expect(initialBounds(onMonitor, [laptop], laptop)).toEqual({
      width: 1180,
      height: 728,
      maximized: false,
    })
  })

  it('never goes below the minimum size, even on a tiny screen', () => {
    const tiny = { x: 0, y: 0, width: 640, height: 480 }
    expect(initialBounds(undefined, [tiny], tiny)).toMatchObject({ width: 720, height: 560 })
  })
})

describe('readBounds and writeBounds', () => {
  let dir: string
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('round-trips the bounds', () => {
    const bounds = { x: 10, y: 20, width: 800, height: 600, maximized: false }
    writeBounds(dir, bounds)
    expect(readBounds(dir)).toEqual(bounds)
  })

  it('reads nothing from a missing, broken or foreign file', () => {
    expect(readBounds(dir)).toBeUndefined()
    writeFileSync(join(dir, BOUNDS_FILE), '{not json')
    expect(readBounds(dir)).toBeUndefined()
    writeFileSync(join(dir, BOUNDS_FILE), JSON.stringify({ x: 1, y: 2, width: -5, height: 3 }))
    expect(readBounds(dir)).toBeUndefined()
    expect(existsSync(join(dir, BOUNDS_FILE))).toBe(true)
  })
})
