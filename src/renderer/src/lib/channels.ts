import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import { contract, type Channel, type InputOf, type OutputOf } from '@shared/contract'
import { callChannel } from './bridge'
import { useReadOnly } from './journal-status'

/**
 * The window's one way to call main: hooks typed by the contract. `useChannel` reads,
 * `useChannelMutation` writes. Query keys are `[domain, verb, input]`, so a domain's queries can
 * be refreshed together.
 */

/** The input argument: omitted for channels that take none. */
type InputArgs<C extends Channel, Rest extends unknown[]> = [InputOf<C>] extends [undefined]
  ? [input?: undefined, ...rest: Rest]
  : [input: InputOf<C>, ...rest: Rest]

/** TanStack's query options, less the key and function the contract supplies. */
export type ChannelQueryOptions<C extends Channel> = Omit<
  UseQueryOptions<OutputOf<C>>,
  'queryKey' | 'queryFn'
>

export function channelKey(channel: Channel, input?: unknown): readonly unknown[] {
  const [domain, verb] = channel.split(':')
  return [domain, verb, input ?? null]
}

/** One read a screen makes on its first render: a channel and its input, as `useChannel` asks. */
export interface ChannelRead<C extends Channel = Channel> {
  channel: C
  input: InputOf<C>
}

export function channelRead<C extends Channel>(
  channel: C,
  ...[input]: InputArgs<C, []>
): ChannelRead<C> {
  return { channel, input: input as InputOf<C> }
}

/**
 * Asks `reads` now, into the cache `useChannel` reads: a screen rendered later finds its
 * answers there, or on their way, instead of asking one round trip after its first render.
 * A failed read is asked again when a screen mounts it (TanStack's retry on mount).
 */
export function prefetchReads(client: QueryClient, reads: readonly ChannelRead[]): void {
  // Its failure is the screen's to show: it reads the same query.
  for (const read of reads) client.query(queryOf(read)).catch(() => undefined)
}

/** One read's answer, from the cache when it holds it (or is already asking). */
export function fetchRead<C extends Channel>(
  client: QueryClient,
  read: ChannelRead<C>,
): Promise<OutputOf<C>> {
  return client.query(queryOf(read))
}

function queryOf<C extends Channel>({ channel, input }: ChannelRead<C>) {
  return { queryKey: channelKey(channel, input), queryFn: () => callChannel(channel, input) }
}

/** Reads one channel: `useChannel('trends:get', range, { placeholderData: keepPreviousData })`. */
export function useChannel<C extends Channel>(
  channel: C,
  ...[input, options]: InputArgs<C, [options?: ChannelQueryOptions<C>]>
): UseQueryResult<OutputOf<C>> {
  return useQuery({ ...options, ...queryOf({ channel, input: input as InputOf<C> }) })
}

/** `useChannel` for a read declared once with `channelRead`, such as one a route prefetches. */
export function useRead<C extends Channel>(read: ChannelRead<C>): UseQueryResult<OutputOf<C>> {
  return useQuery(queryOf(read))
}

/** What `mutate` takes: nothing for channels without input. */
// TanStack types "no variables" as void, so that `mutate()` needs no argument.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export type VariablesOf<C extends Channel> = [InputOf<C>] extends [undefined] ? void : InputOf<C>

/** Refetches what the contract says a successful call of `channel` made stale. */
export async function refreshAfter(client: QueryClient, channel: Channel): Promise<void> {
  await Promise.all(
    contract[channel].invalidates.map((stale) =>
      client.invalidateQueries({ queryKey: stale.split(':') }),
    ),
  )
}

export type ChannelMutationOptions<C extends Channel> = Omit<
  UseMutationOptions<OutputOf<C>, Error, VariablesOf<C>>,
  'mutationFn'
>

export type ChannelMutation<C extends Channel> = UseMutationResult<
  OutputOf<C>,
  Error,
  VariablesOf<C>
> & {
  /** The contract says this channel writes and the journal is read-only: offer no control. */
  readOnly: boolean
}

/**
 * Writes through one channel: `useChannelMutation('checkins:save').mutate(draft)`. After a
 * success it refreshes what the contract says the channel makes stale, and nothing else.
 */
export function useChannelMutation<C extends Channel>(
  channel: C,
  { onSuccess, ...options }: ChannelMutationOptions<C> = {},
): ChannelMutation<C> {
  const client = useQueryClient()
  const readOnly = useReadOnly() && contract[channel].writes
  const mutation = useMutation<OutputOf<C>, Error, VariablesOf<C>>({
    ...options,
    // The channel names the mutation, so a screen can tell which saves came after its own.
    mutationKey: [channel],
    mutationFn: (input) => callChannel(channel, input as InputOf<C>),
    onSuccess: async (output, ...rest) => {
      await refreshAfter(client, channel)
      await onSuccess?.(output, ...rest)
    },
  })
  return { ...mutation, readOnly }
}
