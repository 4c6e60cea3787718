import { z } from 'zod'
import { channel } from './define'
import { byIdSchema } from '../domain/common'
import {
  episodeDetailSchema,
  episodeDraftSchema,
  episodeEndSchema,
  episodeFilterSchema,
  episodeSchema,
  episodeUpdateSchema,
  spasmNowResultSchema,
  spasmNowSchema,
} from '../domain/episode'

export const episodesContract = {
  /** Newest start first, each with its day count and flags. */
  'episodes:list': channel(episodeFilterSchema, z.array(episodeSchema)),
  'episodes:get': channel(byIdSchema, episodeDetailSchema),
  /** Starts an episode and links the check-ins and treatments its dates cover. */
  'episodes:start': channel(episodeDraftSchema, episodeSchema),
  /** Starts or continues the episode in that region and records pain now, all or nothing. */
  'episodes:spasmNow': channel(spasmNowSchema, spasmNowResultSchema),
  'episodes:update': channel(episodeUpdateSchema, episodeSchema),
  'episodes:end': channel(episodeEndSchema, episodeSchema),
  'episodes:reopen': channel(byIdSchema, episodeSchema),
  /** Returns the deleted episode; its entries are kept and unlinked (or relinked). */
  'episodes:delete': channel(byIdSchema, episodeSchema),
}
