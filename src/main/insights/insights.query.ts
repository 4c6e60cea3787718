import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import { firstRecordedDay } from '../trends/trends.repo'
import type { DateRange } from '../../shared/domain/common'
import { TREATMENT_KINDS, type TreatmentKind } from '../../shared/domain/treatment'
import type {
  EarlySign,
  FactorCount,
  Gap,
  Insights,
  RecoveryEpisode,
  RecoveryTrend,
  SessionStats,
} from '../../shared/domain/insights'
import { FACTOR_CODES, ONSET_WINDOW_HOURS } from '../../shared/clinical/factors'
import { MEANINGFUL_DROP_PARAMS, meaningfulDropSql } from '../clinical/meaningful-drop'
import {
  EARLY_PHASE_LAST_DAY,
  EARLY_SIGN_DAYS,
  FIRST_HOURS,
  MIN_ONSETS,
  RECOVERED_PAIN_MAX,
  RECOVERY_TREND_MIN_PER_HALF,
  SETTLING_PHASE_LAST_DAY,
  effectOf,
  orderFactors,
  recoveryDirection,
  type EpisodePhase,
} from '../../shared/clinical/insights'
import { strongestLines } from '../../shared/clinical/insight-lines'

/*
 * Everything the Insights page shows, aggregated in SQL over the range's onsets (episodes that
 * started in it) and days. Thresholds arrive as bound parameters from src/shared/clinical.
 * "Outside an episode" is a check-in's episode link being empty: links follow episode dates in
 * the transaction of every change (episode-links.ts), and the index answers it without a join.
 */

/**
 * Per factor: onsets whose checklist ticked it, and ordinary days whose evening ticked it, with
 * the totals on every row. Ordinary days: evening check-ins outside every episode, less the
 * days within the onset window before an episode started (they are "before a spasm").
 */
export const INSIGHT_FACTORS_SQL = `
  WITH RECURSIVE onsets AS MATERIALIZED (
    SELECT e.id, l.episode_id IS NOT NULL AS answered
    FROM episodes e LEFT JOIN onset_checklists l ON l.episode_id = e.id
    WHERE e.started_on BETWEEN :from AND :to
  ),
  -- Every day within the onset window before an onset (for 24 hours: the day before), listed
  -- once per episode rather than worked out for every evening.
  window_days(day, onset) AS (
    SELECT date(e.started_on, '-' || :onsetWindowHours || ' hours'), e.started_on
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND date(:to, '+' || :onsetWindowHours || ' hours')
    UNION
    SELECT date(day, '+1 day'), onset FROM window_days WHERE date(day, '+1 day') < onset
  ),
  ordinary AS MATERIALIZED (
    SELECT c.id, d.checkin_id IS NOT NULL AS answered
    FROM checkins c INDEXED BY checkins_outside_episodes
      LEFT JOIN day_checklists d ON d.checkin_id = c.id
    WHERE c.episode_id IS NULL AND c.date BETWEEN :from AND :to AND c.slot = 'evening'
      AND c.date NOT IN (SELECT day FROM window_days)
  ),
  ticked AS (
    SELECT f.code, 1 AS onset, 0 AS day
    FROM onsets o CROSS JOIN onset_factors f ON f.episode_id = o.id
    UNION ALL
    SELECT f.code, 0, 1 FROM ordinary o CROSS JOIN day_factors f ON f.checkin_id = o.id
  ),
  per_code AS (
    SELECT code, sum(onset) AS beforeOnsets, sum(day) AS onOrdinaryDays FROM ticked GROUP BY code
  ),
  totals AS (
    SELECT (SELECT count(*) FROM onsets) AS onsets,
      (SELECT total(answered) FROM onsets) AS onsetsWithData,
      (SELECT count(*) FROM ordinary) AS ordinaryDays,
      (SELECT total(answered) FROM ordinary) AS ordinaryDaysWithData
  )
  SELECT codes.value AS code, coalesce(p.beforeOnsets, 0) AS beforeOnsets,
    coalesce(p.onOrdinaryDays, 0) AS onOrdinaryDays, tot.onsets,
    CAST(tot.onsetsWithData AS INTEGER) AS onsetsWithData, tot.ordinaryDays,
    CAST(tot.ordinaryDaysWithData AS INTEGER) AS ordinaryDaysWithData
  FROM json_each(:codes) codes
    LEFT JOIN per_code p ON p.code = codes.value
    CROSS JOIN totals tot
  ORDER BY codes.key`

/**
 * One row per episode that started in the range: its days with check-ins (every check-in of
 * its dates, whatever episode it is linked to: pain has no region, so overlapping episodes
 * share those days) as [day, mean pain] pairs, the first day whose mean pain is at or under the
 * recovery threshold, and its days to recovery (that day, else its length once ended).
 * Every row also carries the recent-against-earlier comparison: the episodes with a known time
 * to recovery in start order, the first ⌊n/2⌋ against the last ⌊n/2⌋ (the middle one of an odd
 * count sits out), by their medians.
 */
export const INSIGHT_RECOVERY_SQL = `
  WITH base AS MATERIALIZED (
    SELECT e.id, e.started_on, e.ended_on, e.region, e.side,
      coalesce(e.ended_on, :today) AS last_day, julianday(e.started_on) - 1 AS day0
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  ),
  eps AS MATERIALIZED (
    SELECT b.*, CAST(julianday(b.last_day) - b.day0 AS INTEGER) AS length,
      -- One pass over the episode's days (the date index gives them in order, no sort).
      (SELECT json_object(
          'curve', json_group_array(json_array(day, pain)),
          'painDay', min(CASE WHEN pain <= :recoveredPain THEN day END))
        FROM (
          SELECT CAST(julianday(c.date) - b.day0 AS INTEGER) AS day, avg(c.pain) AS pain
          FROM checkins c
          WHERE c.date BETWEEN b.started_on AND b.last_day
          GROUP BY c.date)) AS j
    FROM base b
  ),
  known AS MATERIALIZED (
    SELECT id, started_on, ended_on, region, side, length, j -> '$.curve' AS curve,
      j ->> '$.painDay' AS painDay,
      coalesce(j ->> '$.painDay', CASE WHEN ended_on IS NOT NULL THEN length END) AS dtr
    FROM eps
  ),
  ordered AS MATERIALIZED (
    SELECT dtr, count(dtr) OVER (ORDER BY started_on, id ROWS UNBOUNDED PRECEDING) AS rn
    FROM known WHERE dtr IS NOT NULL
  ),
  counted AS MATERIALIZED (SELECT count(*) AS n FROM ordered),
  halves AS (
    SELECT n AS knownEpisodes,
      count(CASE WHEN rn <= n / 2 THEN 1 END) AS earlierEpisodes,
      median(CASE WHEN rn <= n / 2 THEN dtr END) AS earlierMedian,
      count(CASE WHEN rn > n - n / 2 THEN 1 END) AS recentEpisodes,
      median(CASE WHEN rn > n - n / 2 THEN dtr END) AS recentMedian
    FROM ordered, counted
  )
  SELECT k.id, k.started_on AS startedOn, k.ended_on AS endedOn, k.region, k.side,
    k.length AS days, k.dtr AS daysToRecovery,
    CASE WHEN k.painDay IS NOT NULL THEN 'pain' WHEN k.ended_on IS NOT NULL THEN 'end' END
      AS recoveredBy,
    k.curve, h.*
  FROM known k, halves h
  ORDER BY k.started_on, k.id`

/** Days from one episode's start to the next one's: all regions together, then per region. */
export const INSIGHT_GAPS_SQL = `
  WITH starts AS (
    SELECT e.region, julianday(e.started_on)
        - julianday(lag(e.started_on) OVER (ORDER BY e.started_on, e.id)) AS gapAny,
      julianday(e.started_on) - julianday(lag(e.started_on)
        OVER (PARTITION BY e.region ORDER BY e.started_on, e.id)) AS gapRegion
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  )
  SELECT NULL AS region, count(gapAny) AS gaps, median(gapAny) AS medianDays FROM starts
  UNION ALL
  SELECT region, count(gapRegion), median(gapRegion) FROM starts GROUP BY region`

/**
 * Treatments started in the range by kind and phase of the episode they belong to (its day 1
 * is its start date; a phase starts on the day after the previous one's last day). "Rated" =
 * both pain values present; means and drops are over rated sessions only.
 */
export const INSIGHT_PHASES_SQL = `
  WITH eps AS MATERIALIZED (
    SELECT e.id, date(e.started_on, '+' || :earlyLastDay || ' days') AS settling_from,
      date(e.started_on, '+' || :settlingLastDay || ' days') AS later_from
    FROM episodes e
    WHERE e.started_on <= :to AND coalesce(e.ended_on, :today) >= :from
  ),
  sessions AS (
    SELECT t.kind, t.pain_before - t.pain_after AS change, t.pain_before AS before,
      t.pain_after AS after,
      CASE WHEN t.started_at < eps.settling_from THEN 'early'
        WHEN t.started_at < eps.later_from THEN 'settling' ELSE 'later' END AS phase
    FROM eps CROSS JOIN treatments t ON t.episode_id = eps.id
    WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
    UNION ALL
    SELECT t.kind, t.pain_before - t.pain_after, t.pain_before, t.pain_after, 'outside'
    FROM treatments t
    WHERE t.episode_id IS NULL AND t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  )
  SELECT kind, phase, count(*) AS sessions, count(change) AS ratedSessions,
    avg(change) AS meanChange,
    count(CASE WHEN ${meaningfulDropSql('before', 'after')} THEN 1 END) AS meaningfulDrops
  FROM sessions
  GROUP BY kind, phase`

/** Heat and ice in the first hours of the episodes (started in the range) that used both. */
export const INSIGHT_HEAT_ICE_SQL = `
  WITH early AS MATERIALIZED (
    SELECT t.kind, t.episode_id, t.pain_before - t.pain_after AS change,
      t.pain_before AS before, t.pain_after AS after
    FROM episodes e CROSS JOIN treatments t INDEXED BY treatments_by_episode
      ON t.episode_id = e.id
    WHERE e.started_on BETWEEN :from AND :to
      AND t.kind IN ('heat', 'ice')
      AND t.started_at < strftime('%Y-%m-%dT%H:%M', e.started_on, '+' || :firstHours || ' hours')
  ),
  both_used AS MATERIALIZED (
    SELECT episode_id FROM early GROUP BY episode_id HAVING count(DISTINCT kind) = 2
  )
  SELECT (SELECT count(*) FROM both_used) AS episodes, kinds.kind,
    count(early.kind) AS sessions, count(early.change) AS ratedSessions,
    avg(early.change) AS meanChange,
    count(CASE WHEN ${meaningfulDropSql('early.before', 'early.after')} THEN 1 END)
      AS meaningfulDrops
  FROM (SELECT 'heat' AS kind UNION ALL SELECT 'ice') kinds
    LEFT JOIN early ON early.kind = kinds.kind
      AND early.episode_id IN (SELECT episode_id FROM both_used)
  GROUP BY kinds.kind
  ORDER BY kinds.kind`

/** A day's values for the early signs: its morning's minutes and pain, any broken sleep. */
const DAY_VALUES = `max(c.sleep_interrupted) AS sleep,
      max(CASE WHEN c.slot = 'morning' THEN c.stiffness_minutes END) AS minutes,
      max(CASE WHEN c.slot = 'morning' THEN c.pain END) AS pain`
const SUMS = `count(minutes) AS minutesN, avg(minutes) AS minutes, count(*) AS days,
      total(sleep) AS sleepDays, count(pain) AS painN, avg(pain) AS pain`

/**
 * Morning stiffness minutes, interrupted sleep (days) and morning pain in the days before each
 * onset that lie outside every episode, against the person's other days outside episodes (the
 * days before any onset left out). A day before two close onsets counts for each of them.
 * Per day first (the index is in date order, so grouping needs no sort).
 */
export const INSIGHT_EARLY_SIGNS_SQL = `
  WITH RECURSIVE back(n) AS (
    SELECT 1 UNION ALL SELECT n + 1 FROM back WHERE n < :earlySignDays
  ),
  onsets AS MATERIALIZED (
    SELECT e.id, date(e.started_on, '-' || :earlySignDays || ' days') AS lo,
      date(e.started_on, '-1 day') AS hi
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  ),
  before_days AS (
    SELECT o.id AS onset, ${DAY_VALUES}
    FROM onsets o CROSS JOIN checkins c INDEXED BY checkins_outside_episodes
      ON c.date BETWEEN o.lo AND o.hi
    WHERE c.episode_id IS NULL
    GROUP BY o.id, c.date
  ),
  before_any AS (
    SELECT DISTINCT date(e.started_on, '-' || back.n || ' days') AS day
    FROM episodes e, back
    WHERE e.started_on BETWEEN :from AND date(:to, '+' || :earlySignDays || ' days')
  ),
  other_days AS (
    SELECT ${DAY_VALUES}
    FROM checkins c INDEXED BY checkins_outside_episodes
    WHERE c.episode_id IS NULL AND c.date BETWEEN :from AND :to
      AND c.date NOT IN (SELECT day FROM before_any)
    GROUP BY c.date
  ),
  b AS (SELECT count(DISTINCT onset) AS onsetsWithData, ${SUMS} FROM before_days),
  o AS (SELECT ${SUMS} FROM other_days)
  SELECT (SELECT count(*) FROM onsets) AS onsets, b.onsetsWithData,
    b.minutesN AS beforeMinutesN, b.minutes AS beforeMinutes,
    b.days AS beforeSleepN, CAST(b.sleepDays AS INTEGER) AS beforeSleepDays,
    b.painN AS beforePainN, b.pain AS beforePain,
    o.minutesN AS baseMinutesN, o.minutes AS baseMinutes,
    o.days AS baseSleepN, CAST(o.sleepDays AS INTEGER) AS baseSleepDays,
    o.painN AS basePainN, o.pain AS basePain
  FROM b, o`

/** Every statement of insights:get, for the benchmark's raw-SQLite comparison. */
export const INSIGHTS_SQL = [
  INSIGHT_FACTORS_SQL,
  INSIGHT_RECOVERY_SQL,
  INSIGHT_GAPS_SQL,
  INSIGHT_PHASES_SQL,
  INSIGHT_HEAT_ICE_SQL,
  INSIGHT_EARLY_SIGNS_SQL,
]

type Range = { from: string; to: string }

interface FactorRow extends FactorCount {
  onsets: number
  onsetsWithData: number
  ordinaryDays: number
  ordinaryDaysWithData: number
}

interface TrendRow {
  knownEpisodes: number
  earlierEpisodes: number
  earlierMedian: number | null
  recentEpisodes: number
  recentMedian: number | null
}

interface RecoveryRow extends Omit<RecoveryEpisode, 'curve'>, TrendRow {
  curve: string
}

interface StatsRow {
  sessions: number
  ratedSessions: number
  meanChange: number | null
  meaningfulDrops: number
}

interface EarlyRow {
  onsets: number
  onsetsWithData: number
  beforeMinutesN: number
  beforeMinutes: number | null
  beforeSleepN: number
  beforeSleepDays: number
  beforePainN: number
  beforePain: number | null
  baseMinutesN: number
  baseMinutes: number | null
  baseSleepN: number
  baseSleepDays: number
  basePainN: number
  basePain: number | null
}

function statements(db: DB) {
  return {
    factors: db.prepare<Range & { onsetWindowHours: number; codes: string }, FactorRow>(
      INSIGHT_FACTORS_SQL,
    ),
    recovery: db.prepare<Range & { today: string; recoveredPain: number }, RecoveryRow>(
      INSIGHT_RECOVERY_SQL,
    ),
    gaps: db.prepare<Range, Gap>(INSIGHT_GAPS_SQL),
    phases: db.prepare<
      Range &
        typeof MEANINGFUL_DROP_PARAMS & {
          today: string
          earlyLastDay: number
          settlingLastDay: number
        },
      StatsRow & { kind: TreatmentKind; phase: EpisodePhase }
    >(INSIGHT_PHASES_SQL),
    heatIce: db.prepare<
      Range & typeof MEANINGFUL_DROP_PARAMS & { firstHours: number },
      StatsRow & { episodes: number; kind: 'heat' | 'ice' }
    >(INSIGHT_HEAT_ICE_SQL),
    early: db.prepare<Range & { earlySignDays: number }, EarlyRow>(INSIGHT_EARLY_SIGNS_SQL),
  }
}

const stmts = preparedPerConnection(statements)

const CODES_JSON = JSON.stringify(FACTOR_CODES)
const PHASE_ORDER: Record<EpisodePhase, number> = { early: 0, settling: 1, later: 2, outside: 3 }

function stats(row: StatsRow | undefined): SessionStats {
  const r = row ?? { sessions: 0, ratedSessions: 0, meanChange: null, meaningfulDrops: 0 }
  return {
    sessions: r.sessions,
    ratedSessions: r.ratedSessions,
    effect: effectOf(r.ratedSessions, r.meanChange, r.meaningfulDrops),
  }
}

function trendOf(row: TrendRow | undefined): RecoveryTrend {
  const episodes = row?.knownEpisodes ?? 0
  if (
    !row ||
    row.earlierEpisodes < RECOVERY_TREND_MIN_PER_HALF ||
    row.earlierMedian === null ||
    row.recentMedian === null
  ) {
    return { status: 'not_enough_data', episodes, minimumPerHalf: RECOVERY_TREND_MIN_PER_HALF }
  }
  return {
    status: 'enough_data',
    earlier: { episodes: row.earlierEpisodes, medianDays: row.earlierMedian },
    recent: { episodes: row.recentEpisodes, medianDays: row.recentMedian },
    direction: recoveryDirection(row.earlierMedian, row.recentMedian),
  }
}

function earlySignsOf(row: EarlyRow): Insights['earlySigns'] {
  const enoughData = row.onsetsWithData >= MIN_ONSETS
  const signs: EarlySign[] = enoughData
    ? [
        {
          sign: 'stiffness_minutes',
          before: { n: row.beforeMinutesN, value: row.beforeMinutes },
          baseline: { n: row.baseMinutesN, value: row.baseMinutes },
        },
        {
          sign: 'sleep_interrupted',
          before: {
            n: row.beforeSleepN,
            value: row.beforeSleepN === 0 ? null : row.beforeSleepDays / row.beforeSleepN,
          },
          baseline: {
            n: row.baseSleepN,
            value: row.baseSleepN === 0 ? null : row.baseSleepDays / row.baseSleepN,
          },
        },
        {
          sign: 'morning_pain',
          before: { n: row.beforePainN, value: row.beforePain },
          baseline: { n: row.basePainN, value: row.basePain },
        },
      ]
    : []
  return {
    onsets: row.onsets,
    onsetsWithData: row.onsetsWithData,
    minimumOnsets: MIN_ONSETS,
    enoughData,
    signs,
  }
}

/**
 * Insights over a range of dates (onsets that started in it, days in it), judged on `today`.
 * A range that starts before the first entry (the "All" button asks from 1900) is moved up.
 */
export function getInsights(db: DB, requested: DateRange, today: string): Insights {
  const s = stmts(db)
  const first = firstRecordedDay(db)
  const range = {
    from: first && first > requested.from && first <= requested.to ? first : requested.from,
    to: requested.to,
  }

  const factorRows = s.factors.all({
    ...range,
    onsetWindowHours: ONSET_WINDOW_HOURS,
    codes: CODES_JSON,
  })
  const totals = factorRows[0] ?? {
    onsets: 0,
    onsetsWithData: 0,
    ordinaryDays: 0,
    ordinaryDaysWithData: 0,
  }
  const unranked = {
    onsets: totals.onsets,
    onsetsWithData: totals.onsetsWithData,
    ordinaryDays: totals.ordinaryDays,
    ordinaryDaysWithData: totals.ordinaryDaysWithData,
    minimumOnsets: MIN_ONSETS,
    enoughData: totals.onsetsWithData >= MIN_ONSETS,
    rows: factorRows.map((r) => ({
      code: r.code,
      beforeOnsets: r.beforeOnsets,
      onOrdinaryDays: r.onOrdinaryDays,
    })),
  }
  const factors = { ...unranked, rows: orderFactors(unranked) }

  const recoveryRows = s.recovery.all({ ...range, today, recoveredPain: RECOVERED_PAIN_MAX })
  const episodes: RecoveryEpisode[] = recoveryRows.map((r) => ({
    id: r.id,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    region: r.region,
    side: r.side,
    days: r.days,
    daysToRecovery: r.daysToRecovery,
    recoveredBy: r.recoveredBy,
    curve: (JSON.parse(r.curve) as [number, number][]).map(([day, pain]) => ({ day, pain })),
  }))

  const phases = s.phases
    .all({
      ...range,
      today,
      ...MEANINGFUL_DROP_PARAMS,
      earlyLastDay: EARLY_PHASE_LAST_DAY,
      settlingLastDay: SETTLING_PHASE_LAST_DAY,
    })
    .map((r) => ({ kind: r.kind, phase: r.phase, ...stats(r) }))
    .sort(
      (a, b) =>
        TREATMENT_KINDS.indexOf(a.kind) - TREATMENT_KINDS.indexOf(b.kind) ||
        PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase],
    )

  const heatIce = s.heatIce.all({
    ...range,
    ...MEANINGFUL_DROP_PARAMS,
    firstHours: FIRST_HOURS,
  })
  const early = s.early.get({ ...range, earlySignDays: EARLY_SIGN_DAYS })

  const insights = {
    ...range,
    factors,
    recovery: {
      episodes,
      trend: trendOf(recoveryRows[0]),
      gaps: s.gaps.all(range),
    },
    phases,
    heatVsIce: {
      episodes: heatIce[0]?.episodes ?? 0,
      heat: stats(heatIce.find((r) => r.kind === 'heat')),
      ice: stats(heatIce.find((r) => r.kind === 'ice')),
    },
    earlySigns: earlySignsOf(
      early ?? {
        onsets: 0,
        onsetsWithData: 0,
        beforeMinutesN: 0,
        beforeMinutes: null,
        beforeSleepN: 0,
        beforeSleepDays: 0,
        beforePainN: 0,
        beforePain: null,
        baseMinutesN: 0,
        baseMinutes: null,
        baseSleepN: 0,
        baseSleepDays: 0,
        basePainN: 0,
        basePain: null,
      },
    ),
  }
  return { ...insights, strongest: strongestLines(insights) }
}
