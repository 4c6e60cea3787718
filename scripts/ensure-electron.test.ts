import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../testing/temp-diary'
import { ensureElectron, OFFLINE_MESSAGE } from './ensure-electron.mjs'

let dir: string
let binary: string
beforeEach(() => {
  dir = makeTempDir()
  binary = join(dir, 'electron')
  writeFileSync(binary, '#!/bin/sh\n')
  chmodSync(binary, 0o755)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function run(options: Parameters<typeof ensureElectron>[0]) {
  const log: string[] = []
  const fail: string[] = []
  const download = vi.fn(() => false)
  const code = ensureElectron({
    platform: 'linux',
    download,
    log: (line) => log.push(line),
    fail: (line) => fail.push(line),
    sandboxProbe: { readSetting: () => undefined },
    ...options,
  })
  return { code, log, fail, download }
}

describe('ensureElectron', () => {
  it('starts with the Electron named by ELECTRON_EXEC_PATH, downloading nothing', () => {
    const { code, fail, download } = run({ env: { ELECTRON_EXEC_PATH: binary } })
    expect(code).toBe(0)
    expect(fail).toEqual([])
    expect(download).not.toHaveBeenCalled()
  })

  it('stops with the reason when ELECTRON_EXEC_PATH names no file, downloading nothing', () => {
    const missing = join(dir, 'missing')
    const { code, fail, download } = run({ env: { ELECTRON_EXEC_PATH: missing } })
    expect(code).toBe(1)
    expect(fail.join('\n')).toContain(
      `ELECTRON_EXEC_PATH is set to ${missing}, which is not a file`,
    )
    expect(download).not.toHaveBeenCalled()
  })

  it('tries install-electron, then says what to do offline: ELECTRON_EXEC_PATH', () => {
    const notInstalled = () => ({ path: undefined, reason: 'not installed', fromEnv: false })
    const { code, fail, download } = run({ env: {}, find: notInstalled })
    expect(download).toHaveBeenCalledOnce()
    expect(code).toBe(1)
    expect(fail).toEqual([OFFLINE_MESSAGE])
    expect(OFFLINE_MESSAGE).toContain('ELECTRON_EXEC_PATH=')
    expect(OFFLINE_MESSAGE).not.toContain('ELECTRON_OVERRIDE_DIST_PATH')
  })

  it('goes on once install-electron has fetched the binary', () => {
    let installed = false
    const { code, log } = run({
      env: {},
      find: () =>
        installed
          ? { path: binary, reason: '', fromEnv: false }
          : { path: undefined, reason: 'not installed', fromEnv: false },
      download: () => (installed = true),
    })
    expect(code).toBe(0)
    expect(log.at(-1)).toBe(`Unknot: Electron is ready (${binary}).`)
  })

  it('stops before Electron aborts on a sandbox helper it cannot use', () => {
    const { code, fail } = run({
      env: { ELECTRON_EXEC_PATH: binary },
      sandboxProbe: {
        readSetting: (path) =>
          path === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' ? '1' : undefined,
        fileMode: () => ({ uid: 1000, mode: 0o755 }),
      },
    })
    expect(code).toBe(1)
    expect(fail.join('\n')).toContain(`sudo chmod 4755 '${join(dir, 'chrome-sandbox')}'`)
  })
})
