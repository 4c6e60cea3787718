import { dirname } from 'node:path'
import { channels, contract, type Channel } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Handler, HandlerMap } from '../ipc/handler'
import { isDiskFull } from '../db/disk-full'
import { errorCode } from '../error-code'

/** Channels that work while no journal is open: how things stand, and the ways out. */
export function answersWithoutJournal(channel: Channel): boolean {
  return channel.startsWith('journal:') || channel.startsWith('recovery:')
}

function readOnly(reason: string | undefined): AppError {
  return new AppError(
    'read_only',
    `The journal is open read-only${reason ? ` (${reason})` : ''}, so nothing can be saved. Your entries are safe and can be read and exported.`,
  )
}

/**
 * Wraps every handler: while no journal is open only the status and recovery channels answer
 * (`no_journal`); on a read-only journal saves are refused as `read_only`; SQLite's own
 * read-only, full-disk and lock errors become clear answers instead of "try again".
 */
export function guardJournal(map: HandlerMap): HandlerMap {
  const guarded: Partial<Record<Channel, Handler<Channel>>> = {}
  for (const channel of channels) {
    const handler = map[channel] as Handler<Channel>
    guarded[channel] = async (input, ctx) => {
      const status = ctx.journal.status()
      if (!answersWithoutJournal(channel)) {
        if (status.state !== 'open') {
          throw new AppError(
            'no_journal',
            'No journal is open, so this cannot be shown or saved. Choose one of the ways out on the recovery screen.',
          )
        }
        // The contract says which channels write: on a read-only journal they are refused before
        // they start (so no dialog opens for nothing); any other write SQLite refuses itself.
        if (status.readOnly && contract[channel].writes) throw readOnly(status.readOnlyReason)
      }
      try {
        return await handler(input, ctx)
      } catch (error) {
        if (errorCode(error).startsWith('SQLITE_READONLY')) {
          throw readOnly(status.state === 'open' ? status.readOnlyReason : undefined)
        }
        if (isDiskFull(error, dirname(ctx.app.dataFile))) {
          throw new AppError(
            'unavailable',
            'The disk is full, so this was not saved. Free some space and try again; nothing was changed.',
          )
        }
        if (errorCode(error).startsWith('SQLITE_BUSY')) {
          throw new AppError(
            'unavailable',
            'Another program is using the journal right now, so this was not saved. Close it and try again.',
          )
        }
        throw error
      }
    }
  }
  return guarded as HandlerMap
}
