import type { DomainHandlers } from '../ipc/handler'
import { toIsoDate } from '../../shared/dates'
import {
  deleteEpisode,
  endEpisode,
  getEpisodeDetail,
  listEpisodes,
  reopenEpisode,
  startEpisode,
  updateEpisode,
} from './episodes.repo'
import { spasmNow } from './spasm-now'

export const episodesHandlers: DomainHandlers<'episodes'> = {
  'episodes:list': (filter, { db, now }) => listEpisodes(db, filter, now()),
  'episodes:get': ({ id }, { db, now }) => getEpisodeDetail(db, id, now()),
  'episodes:start': (input, { db, now }) => startEpisode(db, input, now()),
  'episodes:spasmNow': (input, { db, now }) => spasmNow(db, input, now()),
  'episodes:update': (input, { db, now }) => updateEpisode(db, input, now()),
  'episodes:end': ({ id, endedOn }, { db, now }) => {
    const instant = now()
    return endEpisode(db, id, endedOn ?? toIsoDate(instant), instant)
  },
  'episodes:reopen': ({ id }, { db, now }) => reopenEpisode(db, id, now()),
  'episodes:delete': ({ id }, { db, now }) => deleteEpisode(db, id, now()),
}
