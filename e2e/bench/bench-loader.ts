import { chromium } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative, sep } from 'node:path'
import { dispatch } from '../../src/main/ipc/dispatch'
import { handlers } from '../../src/main/ipc/handlers'
import { senderFromOrigins } from '../../src/main/ipc/register'
import type { HandlerContext } from '../../src/main/ipc/handler'
import { serveAppFile } from '../../src/main/protocol'
import { applyDisplaySettings } from '../../src/main/settings/display-settings'
import { setDisplayLocale } from '../../src/shared/format'
import { expect, ORIGIN, test as harness } from '../harness/fixtures'
import { BRIDGE_FILE, RENDERER_DIR } from '../harness/paths'

/**
 * How the page benchmarks load the app, printed in every table's header (see
 * docs/performance.md, "The bench's loader"). The e2e harness (`loadApp`) answers every file
 * and every journal call through Playwright: a round trip through the test's process per
 * request, and each answer re-encoded value by value and decoded in the page (tens to hundreds
 * of milliseconds on the 2-core machine for a year of Trends, where Electron's IPC takes one or
 * two). The benches keep the page, the files, their headers, the sender check, the dispatch and
 * the handlers, and change only the transport.
 */
export const BENCH_LOADER =
  'Loaded by e2e/bench/bench-loader.ts: the built files, read once through the app protocol’s ' +
  'serveAppFile (same bytes and headers, CSP included), from a local HTTP server that ' +
  'Chromium reaches as http://unknot.test (--host-resolver-rules); window.journal is the same ' +
  'createApi, each call a same-origin POST to that server, answered by the real dispatch and ' +
  'handlers as JSON (the e2e harness carries them through Playwright instead).'

/** The bridge's path on the bench's server. */
const INVOKE_PATH = '/__bench/invoke'
const isTrustedSender = senderFromOrigins([ORIGIN])

interface Served {
  status: number
  headers: Record<string, string>
  body: Buffer
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** Every built file as the app protocol answers it, read once. */
async function readRenderer(): Promise<Map<string, Served>> {
  const served = new Map<string, Served>()
  for (const file of filesUnder(RENDERER_DIR)) {
    const pathname = `/${relative(RENDERER_DIR, file).split(sep).join('/')}`
    const response = await serveAppFile(RENDERER_DIR, new Request(`app://unknot${pathname}`))
    served.set(pathname, {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  }
  return served
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The app's files and the journal's calls on one local server. A call is trusted as main
 * trusts a frame: the page that sent it (its Referer) must be the app's origin.
 */
async function startServer(ctx: HandlerContext): Promise<Server> {
  const files = await readRenderer()
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', ORIGIN)
    if (pathname === INVOKE_PATH && request.method === 'POST') {
      void (async () => {
        const sender = { senderFrame: { url: request.headers.referer ?? '', parent: null } }
        const { channel, input } = JSON.parse(await bodyOf(request)) as {
          channel: unknown
          input: unknown
        }
        const result = isTrustedSender(sender as never)
          ? await dispatch(handlers, ctx, channel, input)
          : {
              ok: false,
              error: { code: 'forbidden', message: 'This page may not use the journal.' },
            }
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(result))
      })().catch((error: unknown) => {
        // Only the bridge's own page posts here: a body that is not its JSON is a bench bug.
        response.writeHead(400, { 'content-type': 'text/plain' })
        response.end(`The bench's bridge could not read the call: ${String(error)}`)
      })
      return
    }
    const file = files.get(pathname)
    if (!file) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(file.status, file.headers).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

/** The page's side of the bridge: the harness's createApi over a same-origin POST. */
function benchInvoke(path: string): void {
  Object.defineProperty(window, '__unknotInvoke', {
    value: async (channel: string, input: unknown): Promise<unknown> => {
      const start = performance.now()
      const response = await fetch(path, {
        method: 'POST',
        body: JSON.stringify({ channel, input }),
      })
      const answer = (await response.json()) as unknown
      // On the timeline, for profiles: each call from the page's ask to its parsed answer.
      performance.measure(`bridge ${channel}`, { start })
      return answer
    },
  })
}

/**
 * The benches' `app`: the harness's diary and options, the app loaded through the bench's
 * server in a Chromium of its own (the host mapping is a launch flag), at the project's
 * viewport and locale.
 */
export const test = harness.extend({
  app: async ({ diary, locale, viewport, launchOptions }, use) => {
    diary.ctx.app.locale = setDisplayLocale(locale ?? 'en-GB')
    diary.ctx.app.systemLanguages = [diary.ctx.app.locale]
    applyDisplaySettings(diary.ctx, diary.ctx.app.locale)
    const server = await startServer(diary.ctx)
    const { port } = server.address() as AddressInfo
    // A browser of its own: Chromium takes the host mapping only at launch.
    const browser = await chromium.launch({
      ...launchOptions,
      args: [
        ...(launchOptions.args ?? []),
        `--host-resolver-rules=MAP unknot.test:80 127.0.0.1:${port}`,
      ],
    })
    const context = await browser.newContext({ viewport, locale })
    const page = await context.newPage()
    const offsite: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== ORIGIN) offsite.push(request.url())
    })
    await page.addInitScript(benchInvoke, INVOKE_PATH)
    await page.addInitScript({ path: BRIDGE_FILE })
    await page.goto(`${ORIGIN}/index.html`)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    expect(offsite, 'the app loaded something from outside').toEqual([])
    await use(page)
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  },
})
