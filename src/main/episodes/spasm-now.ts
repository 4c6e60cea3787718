import type { DB } from '../db/database'
import { checkinDraftSchema } from '../../shared/domain/checkin'
import {
  episodeDraftSchema,
  type SpasmNowInput,
  type SpasmNowResult,
} from '../../shared/domain/episode'
import { toIsoDate } from '../../shared/dates'
import { saveCheckin } from '../checkins/checkins.repo'
import { listEpisodes, requireEpisode, startEpisode } from './episodes.repo'

/**
 * "Spasm now": continues the episode going on in that region, or starts one there, then records
 * the pain as today's flare-up check-in (linked to the episode). One transaction: a refused
 * check-in leaves no new episode behind.
 */
export function spasmNow(db: DB, input: SpasmNowInput, now: Date): SpasmNowResult {
  const today = toIsoDate(now)
  return db.transaction(() => {
    const going = listEpisodes(db, { ongoing: true, region: input.region }, now)[0]
    const episode =
      going ??
      startEpisode(
        db,
        episodeDraftSchema.parse({
          region: input.region,
          side: input.side,
          startedOn: input.startedOn,
        }),
        now,
      )
    const checkin = saveCheckin(
      db,
      checkinDraftSchema.parse({
        date: today,
        slot: 'other',
        pain: input.pain,
        stiffness: input.stiffness,
        spasmFrequency: input.spasmFrequency,
        spasmSeverity: input.spasmSeverity,
        symptoms: input.symptoms,
        legSides: input.legSides,
      }),
      now,
    )
    // Read again: the new check-in counts in its day total and its flags.
    return { episode: requireEpisode(db, episode.id, now), checkin, continued: going !== undefined }
  })()
}
