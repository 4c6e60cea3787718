import type { DB } from '../db/database'
import { AppError, type FieldIssue } from '../../shared/errors'
import { toIsoDate } from '../../shared/dates'
import { formatDay } from '../../shared/format'
import {
  EPISODE_FLAG_INFO,
  episodeDays,
  episodeFlags,
  episodeProgress,
  type DayPain,
  type EpisodeForFlags,
} from '../../shared/clinical/episode-flags'
import type {
  Episode,
  EpisodeDay,
  EpisodeDetail,
  EpisodeFilter,
  EpisodeInput,
  EpisodeUpdate,
  Region,
} from '../../shared/domain/episode'
import { REGION_LABELS } from '../../shared/domain/episode'
import { listEpisodeCheckins } from '../checkins/checkins.repo'
import { relinkEntries } from './episode-links'
import { preparedPerConnection } from '../db/statements'
import { selectCamel, type CamelRow } from '../db/table'
import { EPISODES } from '../db/tables'
import { getOnsetFactors, saveOnsetFactors } from '../factors/factors.repo'
import { DAILY_PAIN_IN_EPISODES_SQL } from '../clinical/rule-rows.query'

type EpisodeRow = CamelRow<typeof EPISODES> & { checkinCount: number }

const COLUMNS = `${selectCamel(EPISODES, 'e')},
  (SELECT count(*) FROM checkins c WHERE c.episode_id = e.id) AS checkinCount`

interface FilterParams {
  ongoing: number | null
  region: string | null
  from: string | null
  to: string | null
  today: string
}

function statements(db: DB) {
  return {
    list: db.prepare<FilterParams, EpisodeRow>(
      `SELECT ${COLUMNS} FROM episodes e
       WHERE (:ongoing IS NULL OR (e.ended_on IS NULL) = :ongoing)
         AND (:region IS NULL OR e.region = :region)
         AND (:from IS NULL OR coalesce(e.ended_on, :today) >= :from)
         AND (:to IS NULL OR e.started_on <= :to)
       ORDER BY e.started_on DESC, e.id DESC`,
    ),
    get: db.prepare<{ id: number }, EpisodeRow>(
      `SELECT ${COLUMNS} FROM episodes e WHERE e.id = :id`,
    ),
    allForFlags: db.prepare<[], EpisodeForFlags>(
      `SELECT id, started_on AS startedOn, ended_on AS endedOn, region FROM episodes`,
    ),
    // Only ongoing episodes can be "not easing", so only their days are averaged.
    dailyPain: db.prepare<{ ids: string; asOf: string }, DayPain & { episodeId: number }>(
      DAILY_PAIN_IN_EPISODES_SQL,
    ),
    curve: db.prepare<{ id: number }, EpisodeDay>(
      `SELECT date, avg(pain) AS pain, avg(stiffness) AS stiffness FROM checkins
       WHERE episode_id = :id
       GROUP BY date ORDER BY date`,
    ),
    ongoingInRegion: db.prepare<{ region: string; id: number }, EpisodeRow>(
      `SELECT ${COLUMNS} FROM episodes e
       WHERE e.region = :region AND e.ended_on IS NULL AND e.id <> :id`,
    ),
    insert: db.prepare(
      `INSERT INTO episodes (started_on, ended_on, region, side, trigger, trigger_note, notes,
         note_for_doctor, created_at, updated_at)
       VALUES (:startedOn, :endedOn, :region, :side, :trigger, :triggerNote, :notes,
         :noteForDoctor, :now, :now)`,
    ),
    update: db.prepare(
      `UPDATE episodes SET started_on = :startedOn, ended_on = :endedOn, region = :region,
         side = :side, trigger = :trigger, trigger_note = :triggerNote, notes = :notes,
         note_for_doctor = :noteForDoctor, updated_at = :now
       WHERE id = :id`,
    ),
    setEnd: db.prepare<{ id: number; endedOn: string | null; now: string }>(
      `UPDATE episodes SET ended_on = :endedOn, updated_at = :now WHERE id = :id`,
    ),
    remove: db.prepare<{ id: number }>(`DELETE FROM episodes WHERE id = :id`),
  }
}

const stmts = preparedPerConnection(statements)

/** Rows become episodes with their day count and flags, judged on `today`. */
function decorate(db: DB, rows: EpisodeRow[], today: string): Episode[] {
  if (rows.length === 0) return []
  const s = stmts(db)
  const all = s.allForFlags.all()
  const daily = new Map<number, DayPain[]>()
  const ongoing = JSON.stringify(rows.filter((r) => r.endedOn === null).map((r) => r.id))
  for (const { episodeId, date, meanPain } of s.dailyPain.all({ ids: ongoing, asOf: today })) {
    const list = daily.get(episodeId) ?? []
    list.push({ date, meanPain })
    daily.set(episodeId, list)
  }
  return rows.map((row) => ({
    ...row,
    noteForDoctor: row.noteForDoctor === 1,
    days: episodeDays(row.startedOn, row.endedOn, today),
    flags: episodeFlags(row, today, daily.get(row.id) ?? [], all).map((code) => ({
      code,
      label: EPISODE_FLAG_INFO[code].label,
      tier: EPISODE_FLAG_INFO[code].tier,
    })),
    progress: episodeProgress(row, daily.get(row.id) ?? [], today),
  }))
}

export function listEpisodes(db: DB, filter: EpisodeFilter, now: Date): Episode[] {
  const today = toIsoDate(now)
  const rows = stmts(db).list.all({
    ongoing: filter.ongoing === undefined ? null : filter.ongoing ? 1 : 0,
    region: filter.region ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    today,
  })
  return decorate(db, rows, today)
}

export function requireEpisode(db: DB, id: number, now: Date): Episode {
  const row = stmts(db).get.get({ id })
  if (!row) throw new AppError('not_found', 'That episode no longer exists.')
  return decorate(db, [row], toIsoDate(now))[0] as Episode
}

/** Mean pain and stiffness of each day with check-ins in the episode, oldest first. */
export function episodeDailyMeans(db: DB, id: number): EpisodeDay[] {
  return stmts(db).curve.all({ id })
}

export function getEpisodeDetail(db: DB, id: number, now: Date): EpisodeDetail {
  const episode = requireEpisode(db, id, now)
  return {
    ...episode,
    checkins: listEpisodeCheckins(db, id),
    curve: episodeDailyMeans(db, id),
    onsetFactors: getOnsetFactors(db, id),
  }
}

function refuseFuture(dates: { path: string; value: string | null }[], now: Date): void {
  const today = toIsoDate(now)
  const issues: FieldIssue[] = dates
    .filter((d) => d.value !== null && d.value > today)
    .map((d) => ({ path: d.path, message: 'Choose today or an earlier date.' }))
  if (issues.length > 0) {
    const first = dates.find((d) => d.value !== null && d.value > today)?.value as string
    throw new AppError(
      'invalid_input',
      `${formatDay(first)} is in the future; episodes are recorded for today or earlier.`,
      issues,
    )
  }
}

function refuseSecondOngoing(db: DB, region: Region, exceptId: number): void {
  const other = stmts(db).ongoingInRegion.get({ region, id: exceptId })
  if (other) {
    throw new AppError(
      'conflict',
      `There is already an ongoing ${REGION_LABELS[region].toLowerCase()} episode, started ` +
        `${formatDay(other.startedOn)}. End it first, or edit that one.`,
      [{ path: 'region', message: 'Only one ongoing episode per region.' }],
    )
  }
}

function refuseEndBeforeStart(startedOn: string, endedOn: string): void {
  if (endedOn < startedOn) {
    throw new AppError(
      'invalid_input',
      `An episode cannot end before the day it started (${formatDay(startedOn)}).`,
      [{ path: 'endedOn', message: 'Choose the start day or a later one.' }],
    )
  }
}

function fields(input: EpisodeInput, now: Date) {
  return {
    startedOn: input.startedOn,
    endedOn: input.endedOn,
    region: input.region,
    side: input.side,
    trigger: input.trigger,
    triggerNote: input.triggerNote,
    notes: input.notes,
    noteForDoctor: input.noteForDoctor ? 1 : 0,
    now: now.toISOString(),
  }
}

/** Starts (or logs a past) episode and links the entries its dates cover, in one transaction. */
export function startEpisode(db: DB, input: EpisodeInput, now: Date): Episode {
  refuseFuture(
    [
      { path: 'startedOn', value: input.startedOn },
      { path: 'endedOn', value: input.endedOn },
    ],
    now,
  )
  if (input.endedOn !== null) refuseEndBeforeStart(input.startedOn, input.endedOn)
  return db.transaction(() => {
    if (input.endedOn === null) refuseSecondOngoing(db, input.region, 0)
    const id = Number(stmts(db).insert.run(fields(input, now)).lastInsertRowid)
    if (input.onsetFactors) saveOnsetFactors(db, id, input.onsetFactors, now)
    relinkEntries(db)
    return requireEpisode(db, id, now)
  })()
}

export function updateEpisode(db: DB, input: EpisodeUpdate, now: Date): Episode {
  return db.transaction(() => {
    requireEpisode(db, input.id, now)
    refuseFuture(
      [
        { path: 'startedOn', value: input.startedOn },
        { path: 'endedOn', value: input.endedOn },
      ],
      now,
    )
    if (input.endedOn !== null) refuseEndBeforeStart(input.startedOn, input.endedOn)
    else refuseSecondOngoing(db, input.region, input.id)
    stmts(db).update.run({ ...fields(input, now), id: input.id })
    if (input.onsetFactors !== undefined) saveOnsetFactors(db, input.id, input.onsetFactors, now)
    relinkEntries(db)
    return requireEpisode(db, input.id, now)
  })()
}

export function endEpisode(db: DB, id: number, endedOn: string, now: Date): Episode {
  return db.transaction(() => {
    const episode = requireEpisode(db, id, now)
    if (episode.endedOn !== null) {
      throw new AppError(
        'conflict',
        `This episode already ended on ${formatDay(episode.endedOn)}. Edit it to change the end.`,
      )
    }
    refuseFuture([{ path: 'endedOn', value: endedOn }], now)
    refuseEndBeforeStart(episode.startedOn, endedOn)
    stmts(db).setEnd.run({ id, endedOn, now: now.toISOString() })
    relinkEntries(db)
    return requireEpisode(db, id, now)
  })()
}

export function reopenEpisode(db: DB, id: number, now: Date): Episode {
  return db.transaction(() => {
    const episode = requireEpisode(db, id, now)
    if (episode.endedOn === null) {
      throw new AppError('conflict', 'This episode is still ongoing; there is nothing to reopen.')
    }
    refuseSecondOngoing(db, episode.region, id)
    stmts(db).setEnd.run({ id, endedOn: null, now: now.toISOString() })
    relinkEntries(db)
    return requireEpisode(db, id, now)
  })()
}

/** Deletes an episode; its check-ins and treatments stay and are linked to whatever covers them. */
export function deleteEpisode(db: DB, id: number, now: Date): Episode {
  return db.transaction(() => {
    const existing = requireEpisode(db, id, now)
    stmts(db).remove.run({ id })
    relinkEntries(db)
    return existing
  })()
}
