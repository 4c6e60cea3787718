import { afterEach, describe, expect, it } from 'vitest'
import {
  displayLocale,
  resolveDisplayLocale,
  formatDay,
  formatDayMonth,
  formatNumber,
  formatTime,
  setDisplayLocale,
  supportedLocale,
} from './format'

afterEach(() => setDisplayLocale('en-GB'))

describe('display locale', () => {
  it('is en-GB until set, whatever the machine runs in', () => {
    expect(displayLocale()).toBe('en-GB')
    expect(formatDay('2026-11-25')).toBe('Wed, 25 Nov 2026')
  })

  it('formats days, times and numbers the way each locale writes them', () => {
    const evening = new Date(2026, 10, 25, 19, 5)
    const cases = [
      ['en-GB', 'Wed, 25 Nov 2026', '25 Nov', '19:05', '1,234.5'],
      ['en-US', 'Wed, Nov 25, 2026', 'Nov 25', '7:05 PM', '1,234.5'],
      ['de-DE', 'Mi., 25. Nov. 2026', '25. Nov.', '19:05', '1.234,5'],
    ] as const
    for (const [locale, day, dayMonth, time, number] of cases) {
      setDisplayLocale(locale)
      expect(formatDay('2026-11-25')).toBe(day)
      expect(formatDayMonth('2026-11-25')).toBe(dayMonth)
      expect(formatTime(evening).replace(/\s/g, ' ')).toBe(time)
      expect(formatNumber(1234.5, 1)).toBe(number)
    }
  })

  it('rounds to the digits asked for and never writes minus zero', () => {
    expect(formatNumber(2.26, 1)).toBe('2.3')
    expect(formatNumber(-0.04, 1)).toBe('0.0')
    expect(formatNumber(7)).toBe('7')
  })

  it('keeps the current locale when given one Intl cannot use', () => {
    setDisplayLocale('de-DE')
    expect(setDisplayLocale('not a locale!')).toBe('de-DE')
    expect(supportedLocale('en_GB')).toBeNull()
    expect(supportedLocale('en-gb')).toBe('en-GB')
    expect(supportedLocale('')).toBeNull()
  })
})

describe('choosing the display locale from the system', () => {
  it('takes the regional format first, then a preferred language with a region', () => {
    // Electron's example: German app, Finnish regional format, French (Canada) first language.
    const windows = { systemLocale: 'fi-FI', preferred: ['fr-CA', 'en-US', 'fi'], appLocale: 'de' }
    expect(resolveDisplayLocale(windows)).toBe('fi-FI')
    expect(resolveDisplayLocale({ ...windows, systemLocale: undefined })).toBe('fr-CA')
  })

  it('prefers a region, takes a bare language when that is all, and skips unusable tags', () => {
    expect(resolveDisplayLocale({ systemLocale: 'C', preferred: ['de', 'en-AU'] })).toBe('en-AU')
    expect(resolveDisplayLocale({ preferred: ['de'], appLocale: 'POSIX' })).toBe('de')
    expect(resolveDisplayLocale({ preferred: [], appLocale: 'en_US' })).toBe('en-GB')
  })
})
