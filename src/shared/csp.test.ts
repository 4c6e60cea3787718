import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageWithPolicy } from '../../electron.vite.config'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './csp'

const page = readFileSync(join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8')

describe('the page’s Content-Security-Policy meta tag', () => {
  it('is written in src/renderer/index.html itself, as the strict policy', () => {
    expect(page).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
    expect(pageWithPolicy(page, false)).toBe(page)
  })

  it('becomes the development policy on the dev server only', () => {
    const served = pageWithPolicy(page, true)
    expect(served).toContain(`content="${DEV_CONTENT_SECURITY_POLICY}"`)
    expect(served).not.toContain(`content="${CONTENT_SECURITY_POLICY}"`)
  })

  it('stops the build when the page’s policy drifts from src/shared/csp.ts', () => {
    const loosened = page.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
    expect(() => pageWithPolicy(loosened, false)).toThrow(/CONTENT_SECURITY_POLICY/)
    expect(() => pageWithPolicy('<html><head></head></html>', false)).toThrow()
  })
})
