import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { resolveAppFile, serveAppFile } from './protocol'
import { makeTempDir } from '../../testing/temp-diary'

let root: string
let dir: string
beforeAll(() => {
  dir = makeTempDir()
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Unknot</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'journal.sqlite'), 'secret')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('app protocol', () => {
  it('serves the app files with the CSP header', async () => {
    const response = await serveAppFile(root, new Request('app://unknot/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const js = await serveAppFile(root, new Request('app://unknot/assets/app.js'))
    expect(js.headers.get('content-type')).toMatch(/javascript/)
  })

  it.each(['app://unknot/../journal.sqlite', 'app://unknot/%2e%2e/journal.sqlite'])(
    'keeps %s inside the app folder',
    async (url) => {
      // URL parsing folds the dots away, so these name a (missing) file inside the root.
      expect(resolveAppFile(root, url)).toBe(join(root, 'journal.sqlite'))
      expect((await serveAppFile(root, new Request(url))).status).toBe(404)
    },
  )

  it.each([
    'app://unknot/assets/%2e%2e%2f%2e%2e%2fjournal.sqlite',
    'app://unknot/..%2fjournal.sqlite',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'app://unknot/%E0%A4%A',
  ])('never serves %s', async (url) => {
    expect(resolveAppFile(root, url)).toBeUndefined()
    const response = await serveAppFile(root, new Request(url))
    expect(response.status).toBe(404)
  })

  it('answers 404 for a missing file', async () => {
    expect((await serveAppFile(root, new Request('app://unknot/nope.js'))).status).toBe(404)
  })
})
