import type { z } from 'zod'
import { channelNames, type ChannelName } from './channels'

type DomainName = ChannelName extends `${infer D}:${string}` ? D : never

/**
 * What a write makes stale in the window's cache: every query of a domain (`'alerts'`), or one
 * channel's (`'app:firstRun'`). Query keys start with the domain, then the verb.
 */
export type Stale = DomainName | ChannelName

/** One IPC channel: what the renderer may send, what main promises to answer, what it changes. */
export interface ChannelDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly input: I
  readonly output: O
  /**
   * Changes the journal: refused on a read-only journal before it starts, and its save
   * controls are disabled there.
   */
  readonly writes: boolean
  /** Queries the window refetches after a success; empty for reads. */
  readonly invalidates: readonly Stale[]
}

/** A channel that changes nothing in the journal: lists, reports, exports, notifications. */
export function read<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDefinition<I, O> {
  return { input, output, writes: false, invalidates: [] }
}

/**
 * A channel that changes the journal. What it makes stale is required and never empty, so a
 * new write cannot forget it.
 */
export function write<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  invalidates: readonly [Stale, ...Stale[]],
): ChannelDefinition<I, O> {
  return { input, output, writes: true, invalidates }
}

/** Every domain: what replacing the whole journal (a restore, a way out) makes stale. */
const [firstDomain = 'app', ...otherDomains] = new Set(
  channelNames.map((name) => name.slice(0, name.indexOf(':')) as DomainName),
)
export const EVERYTHING: readonly [Stale, ...Stale[]] = [firstDomain, ...otherDomains]

/**
 * What changing an entry (check-in, treatment, episode, PEG) can make stale: the entries
 * themselves, and the alerts, flags, charts, report and insights computed from them, and
 * whether the journal is still empty (the welcome).
 */
export const ENTRY_DERIVED = [
  'checkins',
  'treatments',
  'episodes',
  'peg',
  'alerts',
  'trends',
  'report',
  'insights',
  // An experiment's result is read from the check-ins, treatments and episodes of its days.
  'experiments',
  'app:firstRun',
] as const satisfies readonly Stale[]
