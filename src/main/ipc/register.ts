import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channels } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import { dispatch, type Logger } from './dispatch'
import type { HandlerContext, HandlerMap } from './handler'

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/** Trusts only the top frame of a page served from one of the app's own origins. */
export function senderFromOrigins(origins: readonly string[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    try {
      // URL.origin is "null" for custom schemes in Node, so compare scheme and host directly.
      const url = new URL(frame.url)
      return origins.includes(`${url.protocol}//${url.host}`)
    } catch {
      return false
    }
  }
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not use the journal.' },
}

/** One `ipcMain.handle` per contract channel, each behind the sender check. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerMap,
  ctx: HandlerContext,
  isTrustedSender: SenderCheck,
  log?: Logger,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, ctx, channel, input, log) : FORBIDDEN,
    )
  }
}
