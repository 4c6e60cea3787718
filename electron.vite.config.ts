import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './src/shared/csp'

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/>/

/**
 * The page's CSP `<meta>` is written in src/renderer/index.html itself, where scanners read it.
 * Builds check it is the policy of src/shared/csp.ts; the dev server, which injects inline styles
 * and a refresh preamble, gets the looser development policy in its place.
 */
export function pageWithPolicy(html: string, serve: boolean): string {
  const meta = CSP_META.exec(html)
  if (!meta || meta[1] !== CONTENT_SECURITY_POLICY) {
    throw new Error(
      'src/renderer/index.html must carry CONTENT_SECURITY_POLICY (src/shared/csp.ts) in its ' +
        'Content-Security-Policy meta tag.',
    )
  }
  return serve ? html.replace(meta[0], meta[0].replace(meta[1], DEV_CONTENT_SECURITY_POLICY)) : html
}

function contentSecurityPolicy(): Plugin {
  let serve = false
  return {
    name: 'unknot-csp',
    configResolved(config) {
      serve = config.command === 'serve'
    },
    transformIndexHtml: (html) => pageWithPolicy(html, serve),
  }
}

export const rendererAliases = {
  '@renderer': resolve('src/renderer/src'),
  '@shared': resolve('src/shared'),
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
        // The bundle drops comments: repeat the reviewed Electronegativity finding of
        // src/main/window.ts (its preload line) for the built file.
        output: { banner: '/* eng-disable PRELOAD_JS_CHECK */' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    // As in the electron-vite template; the same aliases are in tsconfig.web.json and vitest.
    resolve: { alias: rendererAliases },
    plugins: [react(), contentSecurityPolicy()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
