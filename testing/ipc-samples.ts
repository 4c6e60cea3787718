import type { Channel } from '../src/shared/contract'

const range = { from: '2026-03-01', to: '2026-03-31' }
const byId = { id: 1 }

/**
 * A valid input for each channel, as the window would send it: the fuzz test mutates these, and
 * the read-only test sends the writes among them so the refusal is the guard's, not the parser's.
 * A channel without an entry is fuzzed with arbitrary values only.
 */
export const SAMPLE_INPUTS: Partial<Record<Channel, unknown>> = {
  'app:info': undefined,
  'checkins:list': range,
  'checkins:save': {
    date: '2026-03-20',
    slot: 'evening',
    pain: 1,
    stiffness: 1,
    spasmFrequency: 0,
  },
  'checkins:delete': byId,
  'treatments:list': range,
  'treatments:save': { kind: 'heat', startedAt: '2026-03-20T10:00' },
  'treatments:delete': byId,
  'treatments:effectiveness': {},
  'treatments:suggestions': { kind: 'medication' },
  'notify:show': { title: 'Ice', body: 'Time to take the ice off.' },
  'episodes:list': {},
  'episodes:get': byId,
  'episodes:start': { startedOn: '2026-03-20', region: 'lower', side: 'left' },
  'episodes:update': { id: 1, startedOn: '2026-03-20', region: 'lower', side: 'left' },
  'episodes:end': byId,
  'episodes:reopen': byId,
  'episodes:delete': byId,
  'settings:get': undefined,
  'settings:save': {
    healthHistory: { historyOfCancer: 'no', longTermSteroids: 'no', ivDrugUse: 'no' },
  },
  'alerts:list': undefined,
  'alerts:acknowledge': { key: 'symptom:fever:checkin:1' },
  'alerts:history': undefined,
  'alerts:unacknowledge': { key: 'symptom:fever:checkin:1' },
  'trends:get': range,
  'report:get': range,
  'report:exportPdf': { pageSize: 'A4', period: range },
  'report:exportCsv': range,
  'report:exportFhir': range,
  'peg:list': range,
  'peg:save': { date: '2026-03-20', pain: 5, enjoyment: 4, activity: 6 },
  'peg:delete': byId,
  'backup:export': undefined,
  'backup:restore': undefined,
  'backup:listAutomatic': undefined,
  'backup:restoreAutomatic': { name: 'journal-daily-2026-04-09T08-00-00-000Z.sqlite' },
  'journal:status': undefined,
  'recovery:retry': undefined,
  'recovery:openLatestBackup': undefined,
  'recovery:restoreFile': undefined,
  'recovery:startNew': undefined,
  'recovery:setAsideWal': undefined,
  'recovery:quit': undefined,
  'reminders:get': undefined,
  'reminders:save': {
    reminders: {
      morning: { enabled: true, time: '08:00' },
      evening: { enabled: false, time: '21:00' },
    },
  },
  'reminders:snooze': { slot: 'morning' },
  'app:pendingNavigation': undefined,
  'app:firstRun': undefined,
  'experiments:list': undefined,
  'experiments:get': byId,
  'experiments:create': {
    question: 'stretch_routine',
    outcome: 'evening_pain',
    startsOn: '2026-03-25',
    pairs: 6,
    periodDays: 2,
    washoutDays: 0,
  },
  'experiments:recordDay': { id: 1, date: '2026-03-25', adherence: 'did' },
  'experiments:stop': byId,
  'experiments:result': byId,
}
