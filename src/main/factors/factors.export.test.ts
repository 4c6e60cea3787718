import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { parseCsv } from '../export/csv'
import { csvPaths } from '../report/report.handlers'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-25T08:15:00Z') })
})
afterEach(() => diary.close())

const evening = { slot: 'evening', pain: 2, stiffness: 2, spasmFrequency: 0 }

describe('factors in the CSV export', () => {
  it('tell ticked factors, "none" and not answered apart', async () => {
    const episode = { region: 'lower', side: 'left', endedOn: '2026-11-12' }
    await diary.ok('episodes:start', {
      ...episode,
      startedOn: '2026-11-10',
      onsetFactors: { factors: ['poor_sleep', 'other'], otherNote: 'Cold room' },
    })
    await diary.ok('episodes:start', { ...episode, startedOn: '2026-11-13', endedOn: '2026-11-13' })
    await diary.ok('episodes:start', {
      ...episode,
      startedOn: '2026-11-14',
      endedOn: '2026-11-14',
      onsetFactors: { factors: [] },
    })
    await diary.ok('checkins:save', { ...evening, date: '2026-11-20', factors: ['long_drive'] })
    await diary.ok('checkins:save', { ...evening, date: '2026-11-21', factors: [] })
    await diary.ok('checkins:save', { ...evening, date: '2026-11-22' })
    const chosen = join(diary.dir, 'out.csv')
    diary.services.nextSavePath = chosen
    await diary.ok('report:exportCsv', { from: '2026-11-01', to: '2026-11-25' })
    const paths = csvPaths(chosen)

    const episodes = parseCsv(readFileSync(paths.episodes, 'utf8'))
    const e = (name: string) => episodes[0]?.indexOf(name) ?? -1
    expect(episodes.slice(1).map((r) => [r[e('onset_factors')], r[e('onset_other_note')]])).toEqual(
      [
        ['other poor_sleep', 'Cold room'],
        ['', ''],
        ['none', ''],
      ],
    )
    const checkins = parseCsv(readFileSync(paths.checkins, 'utf8'))
    const column = checkins[0]?.indexOf('factors') ?? -1
    expect(checkins.slice(1).map((r) => r[column])).toEqual(['long_drive', 'none', ''])
    expect(checkins[0]?.slice(-3)).toEqual(['factors', 'notes', 'note_for_doctor'])
  })
})
