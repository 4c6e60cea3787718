import type { DB } from '../src/main/db/database'
import { relinkEntries } from '../src/main/episodes/episode-links'
import { insertCheckin, insertEpisode, insertPeg, insertTreatment } from './diary-rows'

/**
 * A hand-computed month (March 2026) for the report: the repository tests and the end-to-end
 * PDF test check their numbers against the comments here.
 *   Episodes overlapping March: 02-20..03-20 (29 days, "four weeks" reached 03-19),
 *   03-05..03-08 (4), 03-22 ongoing (mid), 03-10..03-25 (16, upper, "two weeks" reached 03-23).
 *   Durations 4, 16, 20 (ongoing to 04-10), 29 → median 18, longest 29.
 *   Lower-back starts 01-20, 02-20 and 03-05 lie within 45 days: 03-05 "keeps coming back".
 *   Entries are linked to the episodes covering them, as the app keeps them: peak pain 10
 *   (02-20 lower: 10, 6, 4), 9 (upper: 8, 2, 3, 9).
 *   Marked for the doctor: the 03-20 flare-up's note and the upper episode's note.
 *   PEG: 02-23 (outside), 03-02 (6, 7, 5 → 6), 03-16 (4, 5, 3 → 4): mean 5.
 */
export const REPORT_PERIOD = { from: '2026-03-01', to: '2026-03-31' }
export const REPORT_TODAY = '2026-04-10'

export function seedReportFixture(db: DB): void {
  db.transaction(() => {
    insertEpisode(db, { startedOn: '2026-01-20', endedOn: '2026-02-10', region: 'lower' })
    insertEpisode(db, { startedOn: '2026-02-20', endedOn: '2026-03-20', region: 'lower' })
    insertEpisode(db, { startedOn: '2026-03-05', endedOn: '2026-03-08', region: 'lower' })
    insertEpisode(db, { startedOn: '2026-03-22', endedOn: null, region: 'mid', side: 'both' })
    insertEpisode(db, {
      startedOn: '2026-03-10',
      endedOn: '2026-03-25',
      region: 'upper',
      side: 'right',
      trigger: 'lifting',
      triggerNote: 'Carried the shopping up the stairs',
      notes: 'Worse when turning my head',
      noteForDoctor: true,
    })

    insertCheckin(db, { date: '2026-02-28', slot: 'morning', pain: 10, stiffness: 10 })
    insertCheckin(db, {
      date: '2026-03-02',
      slot: 'morning',
      pain: 6,
      stiffness: 7,
      stiffnessMinutes: 45,
      spasmFrequency: 2,
      sleepInterrupted: true,
      notes: 'Stiff, "locked" until 8, then better',
    })
    insertCheckin(db, { date: '2026-03-02', slot: 'evening', pain: 4, stiffness: 3 })
    insertCheckin(db, {
      date: '2026-03-10',
      slot: 'morning',
      pain: 8,
      stiffness: 8,
      stiffnessMinutes: 20,
      spasmFrequency: 1,
    })
    insertCheckin(db, {
      date: '2026-03-20',
      slot: 'morning',
      pain: 2,
      stiffness: 4,
      stiffnessMinutes: 30,
      sleepInterrupted: true,
    })
    insertCheckin(db, {
      date: '2026-03-20',
      slot: 'evening',
      pain: 3,
      stiffness: 2,
      spasmFrequency: 1,
    })
    insertCheckin(db, {
      date: '2026-03-20',
      slot: 'other',
      pain: 9,
      stiffness: 9,
      spasmFrequency: 3,
      sleepInterrupted: true,
      notes: 'Bent to pick up a box,\nspasm for 10 min',
      noteForDoctor: true,
    })

    const t = (
      kind: string,
      startedAt: string,
      painBefore: number | null = null,
      painAfter: number | null = null,
      detail = '',
    ) => insertTreatment(db, { kind, startedAt, painBefore, painAfter, detail })
    t('heat', '2026-02-28T23:59', 6, 2)
    t('heat', '2026-03-01T07:00', 6, 3)
    t('heat', '2026-03-02T08:00', 5, 4)
    t('heat', '2026-03-03T08:00')
    t('ice', '2026-03-31T23:00', 7, 7)
    t('medication', '2026-03-02T08:00', null, null, 'Ibuprofen 400 mg')
    t('medication', '2026-03-02T20:00', null, null, 'Ibuprofen 400 mg')
    t('medication', '2026-03-05T09:00', null, null, 'Ibuprofen 400 mg')
    t('medication', '2026-03-06T10:00', null, null, 'Naproxen, 250 mg "slow"')
    t('stretch', '2026-04-01T08:00', 5, 3)

    insertPeg(db, { date: '2026-02-23', pain: 9, enjoyment: 9, activity: 9 })
    insertPeg(db, { date: '2026-03-02', pain: 6, enjoyment: 7, activity: 5 })
    insertPeg(db, { date: '2026-03-16', pain: 4, enjoyment: 5, activity: 3 })
    relinkEntries(db)
  })()
}

/** The fixture with a warning sign ticked on one March check-in, so the red-flag box has one. */
export function seedReportFixtureWithRedFlag(db: DB): void {
  seedReportFixture(db)
  db.prepare(
    `INSERT INTO checkin_symptoms (checkin_id, code)
     SELECT id, 'bladder_bowel_control_loss' FROM checkins WHERE date = '2026-03-02' LIMIT 1`,
  ).run()
}
