import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { FullConfig } from '@playwright/test'
import { build } from 'vite'
import { BRIDGE_FILE, RENDERER_DIR, ROOT } from './paths'

/**
 * Bundles the preload's createApi for the page (the browser has no preload) and checks that the
 * renderer has been built: the tests run the shipped bundle, never a dev server.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  // Which Chromium the renderer project found (playwright.config.ts, rendererProject).
  const renderer = config.projects.find((p) => p.name === 'renderer')
  console.log(`[e2e] Chromium: ${String(renderer?.metadata['chromium'])}`)
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.')
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      outDir: dirname(BRIDGE_FILE),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(ROOT, 'e2e', 'harness', 'bridge-entry.ts'),
        formats: ['iife'],
        name: 'unknotBridge',
        fileName: () => 'bridge.js',
      },
    },
  })
}
