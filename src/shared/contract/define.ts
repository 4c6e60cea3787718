import type { z } from 'zod'

/** One IPC channel: what the renderer may send and what main promises to answer. */
export interface ChannelDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly input: I
  readonly output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDefinition<I, O> {
  return { input, output }
}
