import { contract, isChannel, type Channel } from '../../shared/contract'
import { AppError, invalidInput, type Result } from '../../shared/errors'
import type { Handler, HandlerContext, HandlerMap } from './handler'

export type Logger = (message: string, error: unknown) => void

const defaultLogger: Logger = (message, error) => console.error(message, error)

/**
 * Runs one request the same way for every channel: parse the input (nothing is written when it
 * is invalid), call the handler, check the answer against the contract, and turn any failure into
 * an error envelope. Stack traces stay in main's log; the window gets a sentence.
 */
export async function dispatch(
  handlers: HandlerMap,
  ctx: HandlerContext,
  channelName: unknown,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: 'The app asked for something it cannot do.' },
    }
  }
  const channel: Channel = channelName
  const definition = contract[channel]
  const parsed = definition.input.safeParse(rawInput)
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toShape() }
  try {
    const handler = handlers[channel] as Handler<Channel>
    const value: unknown = await handler(parsed.data, ctx)
    const checked = definition.output.safeParse(value)
    if (!checked.success) {
      log(`Handler for ${channel} answered outside its contract`, checked.error)
      return internalError()
    }
    return { ok: true, value: checked.data }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() }
    log(`Handler for ${channel} failed`, error)
    return internalError()
  }
}

function internalError(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'internal',
      message: 'Unknot could not complete that. Nothing was changed; please try again.',
    },
  }
}
