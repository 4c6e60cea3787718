/**
 * Reads a `-wal` file the way SQLite replays it (the WAL format in SQLite's file-format
 * documentation: a 32-byte header, then frames of a 24-byte header and one page), to tell a
 * crash's torn last write from damage that would silently drop committed changes. SQLite stops
 * replaying at the first frame whose salts or cumulative checksum do not match, and ignores a
 * WAL whose header is bad; it never says so.
 */

const HEADER_BYTES = 32
const FRAME_HEADER_BYTES = 24
/** 0x377f0682 (little-endian checksums) or 0x377f0683 (big-endian). */
const MAGIC = 0x377f0682
const FORMAT_VERSION = 3007000

export interface WalScan {
  /** The header's magic number, version, page size and checksum are right. */
  headerOk: boolean
  /** Length of the prefix SQLite replays: the header through the last valid commit frame. */
  replayBytes: number
  /** Transactions committed in the WAL that SQLite cannot replay because of damage. */
  unreadableCommits: number
  /**
   * Committed changes would be lost: a bad header over frames, or a bad frame followed by
   * committed frames of the same WAL (same salts, their own checksums right). A torn last write
   * (cut short, or its checksum wrong, with nothing valid after it) is not damage.
   */
  damaged: boolean
}

function validPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0
}

/** SQLite's WAL checksum: two running 32-bit sums over pairs of 32-bit words. */
function checksum(
  bytes: Buffer,
  start: number,
  end: number,
  bigEndian: boolean,
  seed: readonly [number, number],
): [number, number] {
  let [s0, s1] = seed
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i)
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4)
    s0 = (s0 + x0 + s1) >>> 0
    s1 = (s1 + x1 + s0) >>> 0
  }
  return [s0, s1]
}

interface Frame {
  at: number
  page: number
  commit: boolean
  salts: boolean
  stored: [number, number]
}

/**
 * Scans `bytes` (a whole `-wal` file). `journalPageSize` (from the journal's own header) is
 * used to find the frames when the WAL's header is too damaged to say its page size.
 */
export function scanWal(bytes: Buffer, journalPageSize?: number): WalScan {
  const clean = { headerOk: true, replayBytes: 0, unreadableCommits: 0, damaged: false }
  if (bytes.length < HEADER_BYTES) return clean // Nothing SQLite could read, nor any change.
  const magic = bytes.readUInt32BE(0)
  const bigEndian = (magic & 1) === 1
  const pageSize = bytes.readUInt32BE(8)
  const salt1 = bytes.readUInt32BE(16)
  const salt2 = bytes.readUInt32BE(20)
  const headerSum = checksum(bytes, 0, 24, bigEndian, [0, 0])
  const headerOk =
    (magic & 0xfffffffe) === MAGIC &&
    bytes.readUInt32BE(4) === FORMAT_VERSION &&
    validPageSize(pageSize) &&
    headerSum[0] === bytes.readUInt32BE(24) &&
    headerSum[1] === bytes.readUInt32BE(28)

  const size = validPageSize(pageSize) ? pageSize : (journalPageSize ?? 0)
  const frameBytes = FRAME_HEADER_BYTES + size
  const frames: Frame[] = []
  if (validPageSize(size)) {
    for (let at = HEADER_BYTES; at + frameBytes <= bytes.length; at += frameBytes) {
      frames.push({
        at,
        page: bytes.readUInt32BE(at),
        commit: bytes.readUInt32BE(at + 4) !== 0,
        salts: bytes.readUInt32BE(at + 8) === salt1 && bytes.readUInt32BE(at + 12) === salt2,
        stored: [bytes.readUInt32BE(at + 16), bytes.readUInt32BE(at + 20)],
      })
    }
  }
  if (!headerOk) {
    // SQLite ignores the whole file. Only a WAL holding no frame at all loses nothing.
    const commits = frames.filter((f) => f.salts && f.commit).length
    return { headerOk, replayBytes: 0, unreadableCommits: commits, damaged: frames.length > 0 }
  }

  const frameSum = (f: Frame, seed: readonly [number, number]) => {
    const head = checksum(bytes, f.at, f.at + 8, bigEndian, seed)
    return checksum(bytes, f.at + FRAME_HEADER_BYTES, f.at + frameBytes, bigEndian, head)
  }
  const matches = (sum: [number, number], f: Frame) =>
    sum[0] === f.stored[0] && sum[1] === f.stored[1]

  let seed: [number, number] = [bytes.readUInt32BE(24), bytes.readUInt32BE(28)]
  let firstBad = frames.length
  let replayBytes = 0
  for (const [i, f] of frames.entries()) {
    const sum = frameSum(f, seed)
    if (!f.salts || f.page === 0 || !matches(sum, f)) {
      firstBad = i
      break
    }
    seed = sum
    if (f.commit) replayBytes = f.at + frameBytes
  }
  // Past the first bad frame: a commit frame of this WAL whose checksum follows from the frame
  // before it was written after the damage, so committed work sits beyond what SQLite replays.
  // Leftovers of a rolled-back transaction carry no commit frame, so they never count.
  let unreadableCommits = 0
  for (let i = firstBad + 1; i < frames.length; i++) {
    const f = frames[i] as Frame
    const before = frames[i - 1] as Frame
    if (f.salts && f.commit && f.page !== 0 && matches(frameSum(f, before.stored), f)) {
      unreadableCommits++
    }
  }
  // The damaged frame may itself close a transaction. Once later commits prove the WAL went on
  // being written, that transaction was whole when written, and it is lost too; without them
  // it is a torn last write, never committed.
  const bad = frames[firstBad]
  if (unreadableCommits > 0 && bad?.salts && bad.commit) unreadableCommits++
  return { headerOk, replayBytes, unreadableCommits, damaged: unreadableCommits > 0 }
}
