import { format, parse } from 'date-fns'
import { afterEach, describe, expect, it } from 'vitest'
import { fromIsoDate, isIsoDate, toIsoDate } from './dates'
import { formatDay } from './format'

const original = process.env['TZ']
afterEach(() => {
  if (original === undefined) delete process.env['TZ']
  else process.env['TZ'] = original
})

describe('ISO calendar dates', () => {
  it.each(['2026-11-25', '2024-02-29', '2000-01-01', '1900-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true)
  })
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-11-31',
    '26-11-25',
    '2026-11-25T00:00',
    '',
    'today',
    // Nothing before 1900: a check-in on 0001-01-01 made a 739,944-day episode.
    '0001-01-01',
    '1899-12-31',
  ])('rejects %s', (d) => expect(isIsoDate(d)).toBe(false))

  it.each(['Europe/London', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Kolkata'])(
    'round-trips every day of 2026 in %s, daylight-saving changes included',
    (zone) => {
      process.env['TZ'] = zone
      for (
        let day = new Date(2026, 0, 1);
        day.getFullYear() === 2026;
        day.setDate(day.getDate() + 1)
      ) {
        const iso = toIsoDate(day)
        expect(toIsoDate(fromIsoDate(iso))).toBe(iso)
      }
    },
  )

  it.each(['Europe/London', 'America/Sao_Paulo', 'Pacific/Chatham'])(
    'reads a date as date-fns parses it, real or not, in %s',
    (zone) => {
      process.env['TZ'] = zone
      const dates = ['2026-02-29', '2026-13-01', '2026-11-31', '2026-00-10', '0001-01-01']
      for (
        let day = new Date(1900, 0, 1);
        day.getFullYear() < 2040;
        day.setDate(day.getDate() + 97)
      )
        dates.push(toIsoDate(day))
      for (const iso of dates) {
        const expected = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1)).getTime()
        expect([iso, fromIsoDate(iso).getTime()]).toEqual([iso, expected])
      }
    },
  )

  it.each(['Europe/London', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Kolkata'])(
    'writes an instant the way date-fns formats it, in %s',
    (zone) => {
      process.env['TZ'] = zone
      for (let t = Date.UTC(1899, 11, 30); t < Date.UTC(2041, 0, 1); t += 7_777_777_777 / 97) {
        const instant = new Date(t)
        expect(toIsoDate(instant)).toBe(format(instant, 'yyyy-MM-dd'))
      }
      expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError)
    },
  )

  it('takes the local calendar date of an instant', () => {
    const instant = new Date('2026-11-24T23:30:00Z')
    process.env['TZ'] = 'Europe/Berlin'
    expect(toIsoDate(instant)).toBe('2026-11-25')
    process.env['TZ'] = 'America/New_York'
    expect(toIsoDate(instant)).toBe('2026-11-24')
  })

  it('names a day for people', () => {
    expect(formatDay('2026-11-24')).toBe('Tue, 24 Nov 2026')
  })
})
