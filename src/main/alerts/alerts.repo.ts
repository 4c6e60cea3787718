import { subDays } from 'date-fns'
import type { DB } from '../db/database'
import { AppError } from '../../shared/errors'
import { formatDay, toIsoDate } from '../../shared/dates'
import {
  HEALTH_HISTORY_QUESTIONS,
  HEALTH_HISTORY_TIER,
  TIER_INFO,
  TIER_RANK,
  healthHistoryFindings,
  symptomByCode,
  type PainRecord,
  type Tier,
} from '../../shared/clinical/symptoms'
import {
  EPISODE_FLAG_INFO,
  FOUR_WEEKS_DAYS,
  TWO_WEEKS_DAYS,
  painTrend,
} from '../../shared/clinical/episode-flags'
import type { Alert } from '../../shared/domain/alert'
import { REGION_LABELS } from '../../shared/domain/episode'
import { SLOT_LABELS, type Slot } from '../../shared/domain/checkin'
import { episodeDailyMeans, listEpisodes, shiftIsoDate } from '../episodes/episodes.repo'
import { getSettings } from '../settings/settings.repo'
import { preparedPerConnection } from '../db/statements'

/**
 * Which recorded answers make an alert ACTIVE (DESIGN §3.3, decided here):
 * - A warning sign raises one alert per symptom code, from the LATEST check-in that ticked it
 *   (older ticks of the same sign are superseded, so a sign ticked daily is one alert).
 *   Emergency signs stay active until acknowledged, however old. Urgent and soon signs are
 *   active while that check-in is dated within the last 14 days (today included).
 * - A health-history "yes" raises the urgent tier only when the LATEST check-in of the last 14
 *   days shows back pain (pain ≥ 1): if the latest says pain 0, the pain has settled and the
 *   answer alone raises nothing. Its key follows the episode of that check-in (or the check-in
 *   itself outside episodes), so acknowledging it once covers that episode.
 * - Duration and recurrence flags raise alerts for ONGOING episodes only; an ended episode keeps
 *   its flags on the Episodes page.
 * Any alert leaves the active list once acknowledged and stays in the history.
 */
export const ACTIVE_WINDOW_DAYS = 14

/*
 * Alert keys name their source row by id AND creation time: SQLite hands a deleted row's id to
 * the next new row, and an acknowledgement must never silence an alert about a different entry.
 */
interface SymptomRow {
  code: string
  checkinId: number
  createdAt: string
  date: string
  slot: Slot
}

interface AckRow {
  key: string
  tier: Tier
  title: string
  reason: string
  advice: string
  recordedOn: string
  sourceKind: 'checkin' | 'episode' | 'setting'
  sourceId: number | null
  acknowledgedAt: string
}

function statements(db: DB) {
  return {
    // The latest check-in carrying each code.
    latestSymptoms: db.prepare<[], SymptomRow>(
      `SELECT code, checkinId, createdAt, date, slot FROM (
         SELECT s.code, c.id AS checkinId, c.created_at AS createdAt, c.date, c.slot,
           row_number() OVER (PARTITION BY s.code
             ORDER BY c.date DESC, c.recorded_at DESC, c.id DESC) AS n
         FROM checkin_symptoms s JOIN checkins c ON c.id = s.checkin_id)
       WHERE n = 1`,
    ),
    latestCheckin: db.prepare<
      { since: string },
      PainRecord & {
        slot: Slot
        episodeId: number | null
        createdAt: string
        episodeCreatedAt: string | null
      }
    >(
      `SELECT id AS checkinId, date, pain, slot, episode_id AS episodeId, created_at AS createdAt,
         (SELECT e.created_at FROM episodes e WHERE e.id = checkins.episode_id) AS episodeCreatedAt
       FROM checkins
       WHERE date >= :since
       ORDER BY date DESC, CASE slot WHEN 'evening' THEN 0 WHEN 'other' THEN 1 ELSE 2 END,
         recorded_at DESC, id DESC
       LIMIT 1`,
    ),
    ackedKeys: db.prepare<[], string>(`SELECT key FROM alert_acknowledgements`).pluck(),
    history: db.prepare<[], AckRow>(
      `SELECT key, tier, title, reason, advice, recorded_on AS recordedOn,
         source_kind AS sourceKind, source_id AS sourceId, acknowledged_at AS acknowledgedAt
       FROM alert_acknowledgements ORDER BY acknowledged_at DESC, key`,
    ),
    deleteAck: db.prepare<{ key: string }, AckRow>(
      `DELETE FROM alert_acknowledgements WHERE key = :key
       RETURNING key, tier, title, reason, advice, recorded_on AS recordedOn,
         source_kind AS sourceKind, source_id AS sourceId, acknowledged_at AS acknowledgedAt`,
    ),
    insertAck: db.prepare(
      `INSERT INTO alert_acknowledgements (key, tier, title, reason, advice, recorded_on,
         source_kind, source_id, acknowledged_at)
       VALUES (:key, :tier, :title, :reason, :advice, :recordedOn, :sourceKind, :sourceId,
         :acknowledgedAt)`,
    ),
  }
}
const stmts = preparedPerConnection(statements)

function slotPhrase(slot: Slot): string {
  return slot === 'other' ? 'a flare-up entry' : `your ${SLOT_LABELS[slot].toLowerCase()} check-in`
}

function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1)
}

function symptomAlerts(db: DB, since: string): Alert[] {
  const out: Alert[] = []
  for (const row of stmts(db).latestSymptoms.all()) {
    const symptom = symptomByCode(row.code)
    if (!symptom) continue // a code this version does not know raises nothing it cannot explain
    if (symptom.tier !== 'emergency' && row.date < since) continue
    out.push({
      key: `symptom:${row.code}:checkin:${row.checkinId}@${row.createdAt}`,
      tier: symptom.tier,
      title: symptom.label,
      reason: `You ticked “${symptom.label}” on ${slotPhrase(row.slot)} of ${formatDay(row.date)}.`,
      advice: TIER_INFO[symptom.tier].advice,
      recordedOn: row.date,
      source: { kind: 'checkin', id: row.checkinId },
      acknowledgedAt: null,
    })
  }
  return out
}

function healthHistoryAlerts(db: DB, since: string): Alert[] {
  const latest = stmts(db).latestCheckin.get({ since })
  const history = getSettings(db).healthHistory
  return healthHistoryFindings(history, latest ?? null).map(({ key, tier, pain }) => {
    const question = HEALTH_HISTORY_QUESTIONS.find((q) => q.key === key)
    const scope =
      latest?.episodeId != null
        ? `episode:${latest.episodeId}@${latest.episodeCreatedAt ?? ''}`
        : `checkin:${pain.checkinId}@${latest?.createdAt ?? ''}`
    return {
      key: `history:${key}:${scope}`,
      tier,
      title: 'Back pain together with an answer in your health history',
      reason:
        `In Settings you answered that ${question?.answerPhrase ?? key}, and you recorded back ` +
        `pain of ${pain.pain}/10 on ${slotPhrase(latest?.slot ?? 'other')} of ${formatDay(pain.date)}.`,
      advice: TIER_INFO[tier].advice,
      recordedOn: pain.date,
      source: { kind: 'setting', id: null },
      acknowledgedAt: null,
    }
  })
}

/**
 * Damaged health-history answers must not take the warning-sign and episode alerts down with
 * them: say that the answers could not be read, and carry on.
 */
function healthHistoryAlertsOrWarning(db: DB, since: string, now: Date): Alert[] {
  try {
    return healthHistoryAlerts(db, since)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return [
      {
        key: 'history:unreadable',
        tier: HEALTH_HISTORY_TIER,
        title: 'Your health-history answers could not be read',
        reason: `${error.message} Until then Unknot cannot check them against your pain.`,
        advice: 'Open Settings and answer the health-history questions again.',
        recordedOn: toIsoDate(now),
        source: { kind: 'setting', id: null },
        acknowledgedAt: null,
      },
    ]
  }
}

function episodeAlerts(db: DB, now: Date): Alert[] {
  const out: Alert[] = []
  for (const episode of listEpisodes(db, { ongoing: true }, now)) {
    const where = `${REGION_LABELS[episode.region].toLowerCase()} episode that started ${formatDay(episode.startedOn)}`
    for (const flag of episode.flags) {
      const info = EPISODE_FLAG_INFO[flag.code]
      let reason: string
      let recordedOn: string
      switch (flag.code) {
        case 'over_two_weeks':
        case 'over_four_weeks': {
          const threshold = flag.code === 'over_two_weeks' ? TWO_WEEKS_DAYS : FOUR_WEEKS_DAYS
          recordedOn = shiftIsoDate(episode.startedOn, threshold - 1)
          reason = `Your ${where} is on day ${episode.days}.`
          break
        }
        case 'not_improving': {
          const days = episodeDailyMeans(db, episode.id).map((d) => ({
            date: d.date,
            meanPain: d.pain,
          }))
          const trend = painTrend(days)
          recordedOn = days[days.length - 1]?.date ?? toIsoDate(now)
          const n = trend?.windowDays ?? 3
          const span = n === 1 ? 'day' : `${n} days`
          reason =
            `Your ${where} is on day ${episode.days}, and your average pain on the last ${span} ` +
            `with check-ins (${oneDecimal(trend?.lastMean ?? 0)}/10) is not lower than on the ` +
            `first ${span} (${oneDecimal(trend?.firstMean ?? 0)}/10).`
          break
        }
        case 'recurring':
          recordedOn = episode.startedOn
          reason = `Your ${where} is at least the third in your ${REGION_LABELS[episode.region].toLowerCase()} within 90 days.`
          break
      }
      out.push({
        key: `episode:${episode.id}@${episode.createdAt}:${flag.code}`,
        tier: info.tier,
        title: info.label,
        reason,
        advice: TIER_INFO[info.tier].advice,
        recordedOn,
        source: { kind: 'episode', id: episode.id },
        acknowledgedAt: null,
      })
    }
  }
  return out
}

function byTierThenNewest(a: Alert, b: Alert): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    b.recordedOn.localeCompare(a.recordedOn) ||
    a.key.localeCompare(b.key)
  )
}

/** Active alerts (see the rules above), most serious first, then newest. */
export function listActiveAlerts(db: DB, now: Date): Alert[] {
  const since = toIsoDate(subDays(now, ACTIVE_WINDOW_DAYS - 1))
  const acked = new Set(stmts(db).ackedKeys.all())
  return [
    ...symptomAlerts(db, since),
    ...healthHistoryAlertsOrWarning(db, since, now),
    ...episodeAlerts(db, now),
  ]
    .filter((a) => !acked.has(a.key))
    .sort(byTierThenNewest)
}

export function acknowledgeAlert(db: DB, key: string, now: Date): Alert {
  return db.transaction(() => {
    const alert = listActiveAlerts(db, now).find((a) => a.key === key)
    if (!alert) {
      throw new AppError(
        'not_found',
        'That alert is no longer active: it was already acknowledged or its entry changed.',
      )
    }
    const acknowledgedAt = now.toISOString()
    stmts(db).insertAck.run({
      key: alert.key,
      tier: alert.tier,
      title: alert.title,
      reason: alert.reason,
      advice: alert.advice,
      recordedOn: alert.recordedOn,
      sourceKind: alert.source.kind,
      sourceId: alert.source.id,
      acknowledgedAt,
    })
    return { ...alert, acknowledgedAt }
  })()
}

/**
 * Undoes an acknowledgement: the alert is active again if what raised it still holds. Answers
 * the alert as it read when acknowledged, unacknowledged.
 */
export function unacknowledgeAlert(db: DB, key: string): Alert {
  const row = stmts(db).deleteAck.get({ key })
  if (!row) throw new AppError('not_found', 'That alert was not acknowledged.')
  const { sourceKind, sourceId, ...rest } = row
  return { ...rest, source: { kind: sourceKind, id: sourceId }, acknowledgedAt: null }
}

export function listAlertHistory(db: DB): Alert[] {
  return stmts(db)
    .history.all()
    .map(({ sourceKind, sourceId, ...rest }) => ({
      ...rest,
      source: { kind: sourceKind, id: sourceId },
    }))
}
