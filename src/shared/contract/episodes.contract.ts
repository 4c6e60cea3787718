import { z } from 'zod'
import { ENTRY_DERIVED, read, write } from './define'
import { byIdSchema } from '../domain/common'
import {
  episodeDetailSchema,
  episodeDraftSchema,
  episodeEndSchema,
  episodeFilterSchema,
  episodeSchema,
  episodeUpdateSchema,
} from '../domain/episode'

export const episodesContract = {
  /** Newest start first, each with its day count and flags. */
  'episodes:list': read(episodeFilterSchema, z.array(episodeSchema)),
  'episodes:get': read(byIdSchema, episodeDetailSchema),
  /** Starts an episode and links the check-ins and treatments its dates cover. */
  'episodes:start': write(episodeDraftSchema, episodeSchema, ENTRY_DERIVED),
  'episodes:update': write(episodeUpdateSchema, episodeSchema, ENTRY_DERIVED),
  'episodes:end': write(episodeEndSchema, episodeSchema, ENTRY_DERIVED),
  'episodes:reopen': write(byIdSchema, episodeSchema, ENTRY_DERIVED),
  /** Returns the deleted episode; its entries are kept and unlinked (or relinked). */
  'episodes:delete': write(byIdSchema, episodeSchema, ENTRY_DERIVED),
}
