import { describe, expect, it } from 'vitest'
import { sandboxHelperProblem } from './linux-sandbox.mjs'

const binary = '/home/me/unknot/node_modules/electron/dist/electron'
const helper = '/home/me/unknot/node_modules/electron/dist/chrome-sandbox'
const ubuntu = (path: string) =>
  path === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' ? '1' : undefined
const unrestricted = (path: string) =>
  path === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' ? '0' : undefined
const checkout = () => ({ uid: 1000, mode: 0o755 })

describe('sandboxHelperProblem', () => {
  it('prints the two commands that fix a checkout on Ubuntu 23.10+', () => {
    const message = sandboxHelperProblem({
      platform: 'linux',
      binary,
      readSetting: ubuntu,
      fileMode: checkout,
    })
    expect(message).toContain(`sudo chown root:root '${helper}'`)
    expect(message).toContain(`sudo chmod 4755 '${helper}'`)
    expect(message).toContain('uid 1000, mode 755')
    expect(message).toContain('never started with --no-sandbox')
  })

  it('also spots Debian’s older user-namespace switch', () => {
    const message = sandboxHelperProblem({
      platform: 'linux',
      binary,
      readSetting: (path) =>
        path === '/proc/sys/kernel/unprivileged_userns_clone' ? '0' : undefined,
      fileMode: checkout,
    })
    expect(message).toContain('sudo chmod 4755')
  })

  it('quotes a helper path with spaces and quotes for the shell', () => {
    const message = sandboxHelperProblem({
      platform: 'linux',
      binary: "/home/me/Bob's code/electron",
      readSetting: ubuntu,
      fileMode: checkout,
    })
    expect(message).toContain(`sudo chmod 4755 '/home/me/Bob'\\''s code/chrome-sandbox'`)
  })

  it.each([
    ['the helper is already root-owned 4755', ubuntu, () => ({ uid: 0, mode: 0o4755 })],
    ['user namespaces are allowed (the helper is not needed)', unrestricted, checkout],
    ['there is no helper next to the binary', ubuntu, () => undefined],
  ])('says nothing when %s', (_label, readSetting, fileMode) => {
    expect(sandboxHelperProblem({ platform: 'linux', binary, readSetting, fileMode })).toBe(
      undefined,
    )
  })

  it('says nothing off Linux', () => {
    for (const platform of ['darwin', 'win32']) {
      expect(
        sandboxHelperProblem({ platform, binary, readSetting: ubuntu, fileMode: checkout }),
      ).toBeUndefined()
    }
  })
})
