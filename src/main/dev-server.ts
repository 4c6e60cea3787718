/** electron-vite's `dev` command passes the Vite dev server's address in this variable. */
export const DEV_SERVER_ENV = 'ELECTRON_RENDERER_URL'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The Vite dev server's URL, honoured only in an unpackaged app and only on this machine over
 * http: a packaged app always loads its own files, whatever the environment says.
 */
export function devServerUrl(
  isPackaged: boolean,
  env: Record<string, string | undefined>,
): string | undefined {
  const value = env[DEV_SERVER_ENV]
  if (isPackaged || !value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * Vite reloads the page after some edits; the navigation guard lets that through only for the
 * dev server's own page (same origin, same path), never for anything else.
 */
export function isDevReload(target: string, devUrl: string | undefined): boolean {
  if (!devUrl) return false
  try {
    const to = new URL(target)
    const page = new URL(devUrl)
    return to.origin === page.origin && to.pathname === page.pathname
  } catch {
    return false
  }
}
