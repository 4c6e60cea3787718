import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
export const BRIDGE_FILE = join(ROOT, 'out', 'e2e', 'bridge.js')
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')
