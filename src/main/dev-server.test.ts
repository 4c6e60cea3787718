import { describe, expect, it } from 'vitest'
import { devServerUrl, isDevReload } from './dev-server'

describe('devServerUrl', () => {
  it('uses the dev server on this machine in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(devServerUrl(false, env)).toBe('http://localhost:5173/')
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toBe(
      'http://127.0.0.1:5173/',
    )
  })

  it('is ignored in a packaged app', () => {
    expect(devServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeUndefined()
  })

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['not a URL', 'localhost:5173'],
    ['another machine', 'http://192.0.2.7:5173'],
    ['https', 'https://localhost:5173'],
    ['file', 'file:///tmp/index.html'],
  ])('is ignored when %s', (_label, value) => {
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: value })).toBeUndefined()
  })
})

describe('isDevReload', () => {
  const dev = 'http://localhost:5173/'

  it('allows reloading the dev server page', () => {
    expect(isDevReload('http://localhost:5173/', dev)).toBe(true)
    expect(isDevReload('http://localhost:5173/#/journal', dev)).toBe(true)
  })

  it.each([
    ['another origin', 'https://evil.example/'],
    ['another port', 'http://localhost:5174/'],
    ['another page on the dev server', 'http://localhost:5173/other.html'],
    ['a file', 'file:///etc/passwd'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, target) => {
    expect(isDevReload(target, dev)).toBe(false)
  })

  it('refuses everything when there is no dev server (production)', () => {
    expect(isDevReload('app://unknot/index.html', undefined)).toBe(false)
  })
})
