import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
export const BRIDGE_FILE = join(ROOT, 'out', 'e2e', 'bridge.js')
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')

/**
 * Pictures are for people to look at; they check nothing. A run nobody looks at (`.ci/run` sets
 * UNKNOT_E2E_SCREENSHOTS=off) takes none: a full-page picture of a long screen costs up to a
 * second of the two cores (docs/testing.md, "Screenshots and traces").
 */
export const SCREENSHOTS = process.env['UNKNOT_E2E_SCREENSHOTS'] !== 'off'
