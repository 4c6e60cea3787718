import { expect, test } from '@playwright/test'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fuses } from '../electron-builder.config'
import { PRODUCT_NAME } from '../src/main/app-identity'
import { electronSkipReason } from './harness/electron'
import { ROOT } from './harness/paths'

// The packaged app (`npm run pack` with the real binary), started as a person would. Its fuses
// forbid the Node inspector, so Playwright cannot attach: this proves from outside that it
// opened the journal, and reads the fuses back from the executable (docs/testing.md).

/** dist/<platform>-unpacked's executable, or why there is none to start. */
function packagedExecutable(): { path?: string; reason: string } {
  const dist = join(ROOT, 'dist')
  if (process.platform === 'darwin') {
    const folder = existsSync(dist)
      ? readdirSync(dist).find((d) => /^mac(-\w+)?$/.test(d))
      : undefined
    const path =
      folder && join(dist, folder, `${PRODUCT_NAME}.app`, 'Contents', 'MacOS', PRODUCT_NAME)
    return path && existsSync(path) ? { path, reason: '' } : { reason: 'no dist/mac*/Unknot.app' }
  }
  const path =
    process.platform === 'win32'
      ? join(dist, 'win-unpacked', `${PRODUCT_NAME}.exe`)
      : join(dist, 'linux-unpacked', 'unknot')
  return existsSync(path) ? { path, reason: '' } : { reason: `no ${path} (run npm run pack)` }
}

const FUSE_OPTIONS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
} as const

// The stand-in Electron our build machines package against cannot run: only a real binary counts.
const binaryMissing = electronSkipReason()
const executable = packagedExecutable()
const skipReason = binaryMissing ?? (executable.path ? undefined : executable.reason)
if (skipReason && !process.env['TEST_WORKER_INDEX']) {
  console.log(`[e2e] Skipping the packaged-app test: ${skipReason}.`)
}

test.describe('the packaged app', () => {
  test.skip(skipReason !== undefined, skipReason ?? '')

  test('has its fuses flipped as configured', async () => {
    const wire = await getCurrentFuseWire(executable.path ?? '')
    for (const [name, option] of Object.entries(FUSE_OPTIONS)) {
      const on = fuses[name as keyof typeof fuses]
      // '1' on, '0' off, as @electron/fuses writes them.
      expect(String.fromCharCode(wire[option] ?? 0), name).toBe(on ? '1' : '0')
    }
  })

  test('started with a temp --data-dir, it opens the journal there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-packaged-'))
    const child = spawn(executable.path ?? '', [`--data-dir=${dir}`], { stdio: 'inherit' })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      const file = join(dir, 'journal.sqlite')
      const tables = () => {
        if (!existsSync(file)) return []
        const db = new Database(file, { readonly: true, fileMustExist: true })
        try {
          return db
            .prepare<[], string>(
              "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
            )
            .pluck()
            .all()
        } catch {
          return []
        } finally {
          db.close()
        }
      }
      await expect
        .poll(tables, { timeout: 30_000 })
        .toEqual(expect.arrayContaining(['checkins', 'episodes', 'settings', 'treatments']))
      expect(child.exitCode).toBeNull()
    } finally {
      child.kill()
      await exited
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
