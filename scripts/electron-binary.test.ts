import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-diary'
import { findElectronBinary } from './electron-binary.mjs'

let dir: string
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('findElectronBinary', () => {
  it('uses ELECTRON_EXEC_PATH when it names a file', () => {
    const binary = join(dir, 'electron')
    writeFileSync(binary, '#!/bin/sh\n')
    chmodSync(binary, 0o755)
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: binary })).toEqual({
      path: binary,
      reason: '',
      fromEnv: true,
    })
  })

  it('says so when ELECTRON_EXEC_PATH names nothing, or a folder', () => {
    const missing = join(dir, 'no-such-electron')
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: missing })).toEqual({
      path: undefined,
      reason: `ELECTRON_EXEC_PATH is set to ${missing}, which is not a file`,
      fromEnv: true,
    })
    mkdirSync(join(dir, 'folder'))
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: join(dir, 'folder') }).path).toBeUndefined()
  })

  it('without ELECTRON_EXEC_PATH, looks in the electron package (not downloaded here)', () => {
    const found = findElectronBinary({})
    expect(found.fromEnv).toBe(false)
    // This machine cannot download Electron; where it is installed the path must exist.
    if (found.path === undefined) expect(found.reason).toMatch(/not installed/)
    else expect(found.reason).toBe('')
  })
})
