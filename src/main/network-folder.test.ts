import { describe, expect, it } from 'vitest'
import { tmpdir } from 'node:os'
import { networkFolderWarning } from './network-folder'

describe('networkFolderWarning', () => {
  it.each([
    ['NFS', 0x6969],
    ['CIFS', 0xff534d42],
    ['SMB2', 0xfe534d42],
    ['FUSE (sshfs)', 0x65735546],
  ])('warns about a journal on %s on Linux', (_name, type) => {
    const warning = networkFolderWarning('/mnt/share', {
      platform: 'linux',
      fileSystemType: () => type,
    })
    expect(warning).toContain('/mnt/share, on a network drive')
  })

  it('says nothing for a local disk, or when the folder cannot be asked', () => {
    expect(
      networkFolderWarning('/home/me', { platform: 'linux', fileSystemType: () => 0xef53 }),
    ).toBeUndefined()
    expect(
      networkFolderWarning('/gone', {
        platform: 'linux',
        fileSystemType: () => {
          throw new Error('ENOENT')
        },
      }),
    ).toBeUndefined()
    // This machine's temp folder, asked for real.
    expect(networkFolderWarning(tmpdir(), { platform: 'linux' })).toBeUndefined()
  })

  it('warns about a UNC path on Windows, not a local or extended-length one', () => {
    expect(networkFolderWarning('\\\\nas\\home\\Unknot', { platform: 'win32' })).toContain(
      'network drive',
    )
    expect(networkFolderWarning('C:\\Users\\me\\Unknot', { platform: 'win32' })).toBeUndefined()
    expect(networkFolderWarning('\\\\?\\C:\\Users\\me', { platform: 'win32' })).toBeUndefined()
  })
})
