import { dirname } from 'node:path'
import { channels, type Channel } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Handler, HandlerMap } from '../ipc/handler'
import { isDiskFull } from '../db/disk-full'

/**
 * Channels that change the journal. On a read-only journal they are refused before they start
 * (so no dialog opens for nothing); any other write that reaches SQLite is refused there too.
 */
export const WRITE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'checkins:save',
  'checkins:delete',
  'treatments:save',
  'treatments:delete',
  'episodes:start',
  'episodes:update',
  'episodes:end',
  'episodes:reopen',
  'episodes:delete',
  'settings:save',
  'alerts:acknowledge',
  'alerts:unacknowledge',
  'reminders:save',
  'backup:restore',
  'backup:restoreAutomatic',
  'peg:save',
  'peg:delete',
  'experiments:create',
  'experiments:recordDay',
  'experiments:stop',
])

/** Channels that work while no journal is open: how things stand, and the ways out. */
export function answersWithoutJournal(channel: Channel): boolean {
  return channel.startsWith('journal:') || channel.startsWith('recovery:')
}

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : ''
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
        if (status.readOnly && WRITE_CHANNELS.has(channel)) throw readOnly(status.readOnlyReason)
      }
      try {
        return await handler(input, ctx)
      } catch (error) {
        if (code(error).startsWith('SQLITE_READONLY')) {
          throw readOnly(status.state === 'open' ? status.readOnlyReason : undefined)
        }
        if (isDiskFull(error, dirname(ctx.app.dataFile))) {
          throw new AppError(
            'unavailable',
            'The disk is full, so this was not saved. Free some space and try again; nothing was changed.',
          )
        }
        if (code(error).startsWith('SQLITE_BUSY')) {
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
