import type { DB } from '../db/database'
import { AppError } from '../../shared/errors'
import { toIsoDate } from '../../shared/dates'
import {
  HEALTH_HISTORY_TIER,
  TIER_INFO,
  TIER_RANK,
  type HealthHistory,
  type Tier,
} from '../../shared/clinical/symptoms'
import { shiftIsoDate } from '../../shared/dates'
import { compareFindings, type DateWindow, type Finding } from '../../shared/clinical/findings'
import { healthHistoryFindings } from '../../shared/clinical/health-history-rule'
import { warningSignFindings } from '../../shared/clinical/warning-sign-rule'
import { RECENT_DAYS } from '../../shared/clinical/thresholds'
import type { Alert } from '../../shared/domain/alert'
import { getSettings } from '../settings/settings.repo'
import { preparedPerConnection } from '../db/statements'
import {
  episodeFindingsOf,
  ongoingEpisodes,
  painCheckins,
  symptomTicks,
} from '../clinical/rule-rows.query'

/**
 * Which recorded answers make an alert ACTIVE (docs/clinical-rules.md#alerts). The rules are the
 * report's (src/shared/clinical); the alerts only choose the window of dates:
 * - A warning sign raises one alert per sign, from the LATEST check-in that ticked it. Emergency
 *   signs stay active until acknowledged, however old; urgent and soon signs while that check-in
 *   is dated within the last 14 days (today included).
 * - A health-history "yes" raises the urgent tier while ANY check-in of the last 14 days recorded
 *   back pain (pain ≥ 1): one pain-free morning does not clear it. Its key follows the episode of
 *   the latest such check-in (or that check-in outside episodes), so one acknowledgement covers
 *   that episode.
 * - Duration, not-improving and recurrence flags raise alerts for ONGOING episodes only, judged
 *   today; an ended episode keeps its flags on the Episodes page and in the report.
 * Any alert leaves the active list once acknowledged and stays in the history.
 */

/** Alerts have no upper date: a check-in dated after today (a clock set back) still counts. */
const OPEN_END = '9999-12-31'

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

/** The last 14 days, today included. */
export function recentWindow(today: string): DateWindow {
  return { from: shiftIsoDate(today, -(RECENT_DAYS - 1)), to: OPEN_END }
}

/*
 * Alert keys name their source row by id AND creation time (`finding.ref`): SQLite hands a
 * deleted row's id to the next new row, and an acknowledgement must never silence an alert
 * about a different entry. The formats are stored in acknowledgements: never change them.
 */
function alertKey(f: Finding): string {
  switch (f.rule) {
    case 'warning_sign':
      return `symptom:${f.code}:${f.ref}`
    case 'health_history':
      return `history:${f.code}:${f.ref}`
    default:
      return `${f.ref}:${f.code}`
  }
}

function toAlert(f: Finding): Alert {
  return {
    key: alertKey(f),
    tier: f.tier,
    title: f.title,
    reason: f.sentence,
    advice: TIER_INFO[f.tier].advice,
    recordedOn: f.date,
    source: f.source,
    acknowledgedAt: null,
  }
}

/** The health-history answers, or why they cannot be read. */
function readHealthHistory(db: DB): HealthHistory | AppError {
  try {
    return getSettings(db).healthHistory
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
}

/**
 * Damaged health-history answers must not take the warning-sign and episode alerts down with
 * them: say that the answers could not be read, and carry on.
 */
function unreadableHistoryAlert(error: AppError, today: string): Alert {
  return {
    key: 'history:unreadable',
    tier: HEALTH_HISTORY_TIER,
    title: 'Your health-history answers could not be read',
    reason: `${error.message} Until then Unknot cannot check them against your pain.`,
    advice: 'Open Settings and answer the health-history questions again.',
    recordedOn: today,
    source: { kind: 'setting', id: null },
    acknowledgedAt: null,
  }
}

function findingsToday(db: DB, today: string, history: HealthHistory | null): Finding[] {
  const recent = recentWindow(today)
  const signWindow = (tier: Tier): DateWindow =>
    tier === 'emergency' ? { from: null, to: OPEN_END } : recent
  return [
    ...warningSignFindings(symptomTicks(db, { from: null, to: OPEN_END }), signWindow),
    ...(history ? healthHistoryFindings(history, painCheckins(db, recent), recent) : []),
    ...episodeFindingsOf(db, ongoingEpisodes(db), today),
  ].sort(compareFindings)
}

/** Active alerts (see the rules above), strongest first, then newest. */
export function listActiveAlerts(db: DB, now: Date): Alert[] {
  const today = toIsoDate(now)
  const history = readHealthHistory(db)
  const readable = history instanceof AppError ? null : history
  const alerts = findingsToday(db, today, readable).map(toAlert)
  if (history instanceof AppError) alerts.push(unreadableHistoryAlert(history, today))
  const acked = new Set(stmts(db).ackedKeys.all())
  // A stable sort by tier alone keeps the findings' order and puts the warning among its tier.
  return alerts
    .filter((a) => !acked.has(a.key))
    .sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier])
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
