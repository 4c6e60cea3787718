import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import type { Channel, Domain, InputOf, OutputOf } from '@shared/contract'
import { callChannel } from './bridge'

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

/** Reads one channel: `useChannel('trends:get', range, { placeholderData: keepPreviousData })`. */
export function useChannel<C extends Channel>(
  channel: C,
  ...[input, options]: InputArgs<C, [options?: ChannelQueryOptions<C>]>
): UseQueryResult<OutputOf<C>> {
  return useQuery({
    ...options,
    queryKey: channelKey(channel, input),
    queryFn: () => callChannel(channel, input as InputOf<C>),
  })
}

/** What `mutate` takes: nothing for channels without input. */
// TanStack types "no variables" as void, so that `mutate()` needs no argument.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export type VariablesOf<C extends Channel> = [InputOf<C>] extends [undefined] ? void : InputOf<C>

export interface ChannelMutationOptions<C extends Channel> extends Omit<
  UseMutationOptions<OutputOf<C>, Error, VariablesOf<C>>,
  'mutationFn'
> {
  /**
   * What to refresh after a success. `true` (the default): everything, because one write can
   * change alerts, flags, charts and the report at once, and Today must never disagree with them.
   * A list of domains refreshes only those; `false` refreshes nothing (exports, notifications);
   * a function decides from the answer.
   */
  invalidates?: boolean | readonly Domain[] | ((output: OutputOf<C>) => boolean)
}

/** Writes through one channel: `useChannelMutation('checkins:save').mutate(draft)`. */
export function useChannelMutation<C extends Channel>(
  channel: C,
  { invalidates = true, onSuccess, ...options }: ChannelMutationOptions<C> = {},
): UseMutationResult<OutputOf<C>, Error, VariablesOf<C>> {
  const client = useQueryClient()
  return useMutation<OutputOf<C>, Error, VariablesOf<C>>({
    ...options,
    mutationFn: (input) => callChannel(channel, input as InputOf<C>),
    onSuccess: async (output, ...rest) => {
      const refresh = typeof invalidates === 'function' ? invalidates(output) : invalidates
      if (refresh === true) await client.invalidateQueries()
      else if (refresh !== false) {
        await Promise.all(refresh.map((domain) => client.invalidateQueries({ queryKey: [domain] })))
      }
      await onSuccess?.(output, ...rest)
    },
  })
}
