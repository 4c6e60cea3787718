import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './export/atomic-write'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The window's size and place as last left, per journal (the file sits in its profile folder). */
const savedSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type SavedBounds = z.infer<typeof savedSchema>

export const BOUNDS_FILE = 'window-bounds.json'
/** The size a first window asks for; it shrinks to fit smaller screens (768 px laptops). */
export const DEFAULT_SIZE = { width: 1180, height: 820 } as const
export const MIN_SIZE = { width: 720, height: 560 } as const

/** Where the window opens: `x`/`y` are absent when it should be centred. */
export interface InitialBounds {
  width: number
  height: number
  x?: number
  y?: number
  maximized: boolean
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

const fit = (size: number, min: number, room: number) => Math.max(Math.min(size, room), min)

/**
 * The bounds to open with: the saved ones on the display they mostly sit on, clamped into its
 * work area (never under a taskbar or off the edge); centred on the primary display at the
 * default size when nothing was saved or its display is gone.
 */
export function initialBounds(
  saved: SavedBounds | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): InitialBounds {
  const home = saved
    ? workAreas
        .map((area) => ({ area, shared: overlap(saved, area) }))
        .filter((a) => a.shared > 0)
        .sort((a, b) => b.shared - a.shared)[0]?.area
    : undefined
  if (!saved || !home) {
    return {
      width: fit(DEFAULT_SIZE.width, MIN_SIZE.width, primary.width),
      height: fit(DEFAULT_SIZE.height, MIN_SIZE.height, primary.height),
      maximized: false,
    }
  }
  const width = fit(saved.width, MIN_SIZE.width, home.width)
  const height = fit(saved.height, MIN_SIZE.height, home.height)
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width)
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height)
  return { x, y, width, height, maximized: saved.maximized }
}

/** The saved bounds in a profile folder; undefined when none are saved or the file is unusable. */
export function readBounds(folder: string): SavedBounds | undefined {
  try {
    const parsed = savedSchema.safeParse(
      JSON.parse(readFileSync(join(folder, BOUNDS_FILE), 'utf8')),
    )
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function writeBounds(folder: string, bounds: SavedBounds): void {
  writeFileAtomic(join(folder, BOUNDS_FILE), `${JSON.stringify(bounds)}\n`)
}
