import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseCsv } from '../export/csv'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { REPORT_PERIOD, seedReportFixture } from '../../../testing/report-fixture'
import { csvPaths } from './report.handlers'
import { expectRefused as refused } from '../../../testing/expect-refused'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-04-10T09:00:00') })
  seedReportFixture(diary.db)
})
afterEach(() => diary.close())

const expectRefused = async (channel: string, input: unknown, path: string) => {
  await refused(diary, channel, input, { path })
}

describe('report:get', () => {
  it('answers the summary through dispatch', async () => {
    const result = await diary.call('report:get', REPORT_PERIOD)
    expect(result).toMatchObject({
      ok: true,
      value: { period: { from: '2026-03-01', to: '2026-03-31', days: 31 }, episodes: { count: 4 } },
    })
  })

  it.each([
    ['wrong type', { from: 1, to: '2026-03-31' }, 'from'],
    ['out of range', { from: '2026-13-01', to: '2026-03-31' }, 'from'],
    ['missing field', { to: '2026-03-31' }, 'from'],
  ])('refuses %s', (_name, input, path) => expectRefused('report:get', input, path))
})

describe('report:exportPdf', () => {
  it('prints and saves where the person chose, atomically', async () => {
    const target = join(diary.dir, 'report.pdf')
    diary.services.nextSavePath = target
    const result = await diary.call('report:exportPdf', { pageSize: 'A4', period: REPORT_PERIOD })
    expect(result).toEqual({ ok: true, value: { saved: true, files: [target] } })
    expect(readFileSync(target)).toEqual(Buffer.from(diary.services.pdfBytes))
    expect(readdirSync(diary.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('prints at the paper size chosen', async () => {
    const sizes: string[] = []
    diary.services.printToPdf = ({ pageSize }) => {
      sizes.push(pageSize)
      return Promise.resolve(diary.services.pdfBytes)
    }
    diary.services.nextSavePath = join(diary.dir, 'letter.pdf')
    await diary.call('report:exportPdf', { pageSize: 'Letter', period: REPORT_PERIOD })
    diary.services.nextSavePath = undefined
    await diary.call('report:exportPdf', { pageSize: 'A4', period: REPORT_PERIOD })
    // A cancelled dialog prints nothing.
    expect(sizes).toEqual(['Letter'])
  })

  it('answers "not saved" when the dialog is cancelled and writes nothing', async () => {
    const before = readdirSync(diary.dir)
    const result = await diary.call('report:exportPdf', {
      pageSize: 'Letter',
      period: REPORT_PERIOD,
    })
    expect(result).toMatchObject({ ok: true, value: { saved: false } })
    if (result.ok) expect(JSON.stringify(result.value)).toMatch(/Not saved/)
    expect(readdirSync(diary.dir)).toEqual(before)
  })

  it('says so when the folder cannot be written', async () => {
    diary.services.nextSavePath = join(diary.dir, 'no-such-folder', 'report.pdf')
    const result = await diary.call('report:exportPdf', { pageSize: 'A4', period: REPORT_PERIOD })
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it.each([
    ['wrong type', { pageSize: 4, period: REPORT_PERIOD }, 'pageSize'],
    ['out of range', { pageSize: 'A3', period: REPORT_PERIOD }, 'pageSize'],
    ['missing field', { period: REPORT_PERIOD }, 'pageSize'],
    ['no period', { pageSize: 'A4' }, 'period'],
    [
      'a period backwards',
      { pageSize: 'A4', period: { from: '2026-03-31', to: '2026-03-01' } },
      'period.from',
    ],
  ])('refuses %s', (_name, input, path) => expectRefused('report:exportPdf', input, path))

  it('prints a footer with the label, the period and the page numbers on every page', async () => {
    await diary.call('settings:save', { reportLabel: 'J. <Smith>' })
    const footers: (string | undefined)[] = []
    diary.services.printToPdf = ({ footerTemplate, headerTemplate }) => {
      footers.push(footerTemplate)
      expect(headerTemplate).toBe('<span></span>')
      return Promise.resolve(diary.services.pdfBytes)
    }
    diary.services.nextSavePath = join(diary.dir, 'footer.pdf')
    await diary.call('report:exportPdf', { pageSize: 'A4', period: REPORT_PERIOD })
    expect(footers).toHaveLength(1)
    expect(footers[0]).toContain('J. &#60;Smith&#62;')
    expect(footers[0]).toContain('1 Mar 2026 – 31 Mar 2026')
    expect(footers[0]).toContain('generated on 10 Apr 2026 by Unknot')
    expect(footers[0]).toContain(
      'page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    )
  })
})

describe('report:exportCsv', () => {
  it('writes check-ins, episodes, treatments and PEG answers as RFC 4180 files', async () => {
    diary.services.nextSavePath = join(diary.dir, 'march.csv')
    const result = await diary.call('report:exportCsv', REPORT_PERIOD)
    const paths = csvPaths(join(diary.dir, 'march.csv'))
    expect(result).toEqual({
      ok: true,
      value: {
        saved: true,
        files: [
          paths.checkins,
          paths.episodes,
          paths.treatments,
          paths.peg,
          paths.experiments,
          paths.experiment_days,
        ],
      },
    })
    const checkins = readFileSync(paths.checkins, 'utf8')
    expect(checkins.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(checkins)
    expect(rows[0]?.slice(0, 5)).toEqual(['id', 'date', 'slot', 'recorded_at', 'pain'])
    expect(rows).toHaveLength(1 + 6)
    expect(rows[1]).toContain('Stiff, "locked" until 8, then better')
    const column = (name: string) => rows[0]?.indexOf(name) ?? -1
    const flare = rows.find((r) => r[2] === 'other')
    expect(flare?.[column('notes')]).toBe('Bent to pick up a box,\nspasm for 10 min')
    expect(flare?.[column('note_for_doctor')]).toBe('1')

    const episodes = parseCsv(readFileSync(paths.episodes, 'utf8'))
    expect(episodes.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['2026-02-20', '2026-03-20'],
      ['2026-03-05', '2026-03-08'],
      ['2026-03-10', '2026-03-25'],
      ['2026-03-22', ''],
    ])
    const treatments = parseCsv(readFileSync(paths.treatments, 'utf8'))
    expect(treatments).toHaveLength(1 + 8)
    expect(treatments.map((r) => r[2])).toContain('Naproxen, 250 mg "slow"')
    expect(parseCsv(readFileSync(paths.peg, 'utf8'))).toEqual([
      ['id', 'date', 'pain', 'enjoyment', 'activity', 'score'],
      ['2', '2026-03-02', '6', '7', '5', '6'],
      ['3', '2026-03-16', '4', '5', '3', '4'],
    ])
  })

  it('writes text typed in any form as text: formulas neutralised, NUL dropped, BOM first', async () => {
    const saved = async (channel: string, input: unknown) => {
      expect(await diary.call(channel, input)).toMatchObject({ ok: true })
    }
    await saved('checkins:save', {
      date: '2026-03-29',
      slot: 'other',
      pain: 6,
      stiffness: 5,
      spasmFrequency: 0,
      notes: '\u0000=HYPERLINK("http://x.example","click")',
    })
    await saved('treatments:save', {
      kind: 'medication',
      detail: '@SUM(1+1)',
      startedAt: '2026-03-29T10:00',
      sideEffect: '+dizzy',
      notes: '-2 after the walk',
    })
    await saved('episodes:start', {
      startedOn: '2026-03-30',
      endedOn: '2026-03-31',
      region: 'upper',
      side: 'left',
      trigger: 'other',
      triggerNote: '=1+1',
    })
    diary.services.nextSavePath = join(diary.dir, 'typed.csv')
    expect(await diary.call('report:exportCsv', REPORT_PERIOD)).toMatchObject({ ok: true })
    const paths = csvPaths(join(diary.dir, 'typed.csv'))
    const read = (file: string) => {
      const text = readFileSync(file, 'utf8')
      expect(text.startsWith('\uFEFF')).toBe(true)
      expect(text).not.toContain('\u0000')
      return parseCsv(text)
    }
    const cell = (rows: string[][], column: string, where: (row: string[]) => boolean) =>
      rows.filter(where).map((row) => row[rows[0]?.indexOf(column) ?? -1])
    const checkins = read(paths.checkins)
    expect(cell(checkins, 'notes', (r) => r[1] === '2026-03-29')).toEqual([
      '\'=HYPERLINK("http://x.example","click")',
    ])
    const treatments = read(paths.treatments)
    const typed = (r: string[]) => r[2] === "'@SUM(1+1)"
    expect(cell(treatments, 'side_effect', typed)).toEqual(["'+dizzy"])
    expect(cell(treatments, 'notes', typed)).toEqual(["'-2 after the walk"])
    const episodes = read(paths.episodes)
    expect(cell(episodes, 'trigger_note', (r) => r[1] === '2026-03-30')).toEqual(["'=1+1"])
    // Numbers stay numbers: a pain of 6 is not text.
    expect(cell(checkins, 'pain', (r) => r[1] === '2026-03-29')).toEqual(['6'])
  })

  it('never overwrites a file the save dialog did not ask about', async () => {
    const paths = csvPaths(join(diary.dir, 'march.csv'))
    writeFileSync(paths.episodes, 'my own spreadsheet')
    diary.services.nextSavePath = join(diary.dir, 'march.csv')
    const result = await diary.call('report:exportCsv', REPORT_PERIOD)
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringContaining('march-episodes.csv already exists') as string,
      },
    })
    expect(readFileSync(paths.episodes, 'utf8')).toBe('my own spreadsheet')
    expect(existsSync(paths.checkins)).toBe(false)
  })

  it('answers "not saved" when cancelled', async () => {
    const result = await diary.call('report:exportCsv', REPORT_PERIOD)
    expect(result).toMatchObject({ ok: true, value: { saved: false } })
  })

  it('names the files after the chosen one', () => {
    expect(csvPaths('/x/unknot.CSV')).toEqual({
      checkins: '/x/unknot-checkins.csv',
      episodes: '/x/unknot-episodes.csv',
      treatments: '/x/unknot-treatments.csv',
      peg: '/x/unknot-peg.csv',
      experiments: '/x/unknot-experiments.csv',
      experiment_days: '/x/unknot-experiment_days.csv',
    })
    expect(csvPaths('/x/export').checkins).toBe('/x/export-checkins.csv')
  })

  it.each([
    ['wrong type', { from: '2026-03-01', to: null }, 'to'],
    ['out of range', { from: '2026-03-01', to: '2026-03-32' }, 'to'],
    ['missing field', { from: '2026-03-01' }, 'to'],
  ])('refuses %s', (_name, input, path) => expectRefused('report:exportCsv', input, path))

  it('leaves no file behind when the folder does not exist', async () => {
    diary.services.nextSavePath = join(diary.dir, 'gone', 'x.csv')
    const result = await diary.call('report:exportCsv', REPORT_PERIOD)
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(existsSync(join(diary.dir, 'gone'))).toBe(false)
  })
})
