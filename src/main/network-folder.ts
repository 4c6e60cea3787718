import { statfsSync } from 'node:fs'

/**
 * Linux `statfs` magic numbers of network file systems (linux/magic.h and the FUSE, 9p and
 * Ceph sources): NFS, SMB, CIFS, SMB2, AFS, Coda, NCP, 9p, Ceph, and FUSE (sshfs, rclone, gvfs).
 */
const LINUX_NETWORK_TYPES = new Set([
  0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x5346414f, 0x73757245, 0x564c, 0x01021997, 0x00c36400,
  0x65735546,
])

export interface NetworkFolderOptions {
  platform: NodeJS.Platform
  /** The file system type of a folder (Node's `statfsSync(dir).type`). */
  fileSystemType?: (dir: string) => number
}

/**
 * A sentence for a journal kept on a network file system, or undefined. SQLite's WAL needs
 * shared memory that network file systems do not give reliably, so two computers, or a dropped
 * connection, can damage the journal (docs/data-safety.md). Told, never refused: the person
 * chose the folder.
 */
export function networkFolderWarning(
  dir: string,
  { platform, fileSystemType = (d) => statfsSync(d).type }: NetworkFolderOptions,
): string | undefined {
  let network = false
  if (platform === 'win32') {
    // A UNC path (\\server\share); mapped drive letters cannot be told from here.
    network = /^[\\/]{2}(?![?.][\\/])/.test(dir)
  } else if (platform === 'linux') {
    try {
      network = LINUX_NETWORK_TYPES.has(fileSystemType(dir) >>> 0)
    } catch {
      network = false
    }
  }
  if (!network) return undefined
  return (
    `Your journal is in ${dir}, on a network drive. SQLite, which keeps the journal, needs ` +
    'a local disk to save safely: a dropped connection or a second computer opening it can ' +
    'damage it. Keep it on this computer’s own disk and back it up to the network instead.'
  )
}
