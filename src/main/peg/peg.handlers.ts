import type { DomainHandlers } from '../ipc/handler'
import { deletePeg, listPegs, savePeg } from './peg.repo'

export const pegHandlers: DomainHandlers<'peg'> = {
  'peg:list': (range, { db }) => listPegs(db, range),
  'peg:save': (input, { db, now }) => savePeg(db, input, now()),
  'peg:delete': ({ id }, { db }) => deletePeg(db, id),
}
