import type { DB } from '../db/database'
import type { JournalControl } from '../journal/journal-session'
import type { Services } from '../services/services'
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'

/** What every handler may use. Electron-only services arrive here behind small interfaces. */
export interface HandlerContext {
  /** The open journal; refuses with `no_journal` while none is open (see `journal`). */
  db: DB
  /** The journal's state and the repair steps. */
  journal: JournalControl
  now: () => Date
  app: {
    name: string
    version: string
    dataFile: string
    /** Set when the journal's folder is on a network drive (network-folder.ts). */
    dataFolderWarning?: string | null
    /** The display locale (shared/format) and the system languages it was chosen from. */
    locale: string
    systemLanguages: readonly string[]
  }
  services: Services
}

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: HandlerContext,
) => OutputOf<C> | Promise<OutputOf<C>>

/** Every channel must have exactly one handler; a missing one fails the typecheck. */
export type HandlerMap = { [C in Channel]: Handler<C> }

/** The handlers of one domain, e.g. `DomainHandlers<'checkins'>`. */
export type DomainHandlers<D extends string> = {
  [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<C>
}
