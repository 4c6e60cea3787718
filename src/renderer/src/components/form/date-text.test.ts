import { describe, expect, it } from 'vitest'
import {
  datePattern,
  formatDateText,
  formatTimeText,
  parseDateText,
  parseTimeText,
  timePattern,
} from './date-text'

describe('dates typed as the locale writes them', () => {
  it.each([
    ['en-GB', '25/11/2026', 'DD/MM/YYYY'],
    ['en-US', '11/25/2026', 'MM/DD/YYYY'],
    ['de-DE', '25.11.2026', 'DD.MM.YYYY'],
  ])('%s: shows %s and asks for %s', (locale, text, pattern) => {
    expect(formatDateText('2026-11-25', locale)).toBe(text)
    expect(datePattern(locale)).toBe(pattern)
  })

  it('shows nothing for what is not a date', () => {
    expect(formatDateText('not a date', 'en-GB')).toBe('')
  })

  it('reads the locale’s order with any separator, two-digit years and ISO', () => {
    expect(parseDateText('25/11/2026', 'en-GB')).toBe('2026-11-25')
    expect(parseDateText('11/25/2026', 'en-US')).toBe('2026-11-25')
    expect(parseDateText('25.11.26', 'de-DE')).toBe('2026-11-25')
    expect(parseDateText(' 5 1 2026 ', 'en-GB')).toBe('2026-01-05')
    expect(parseDateText('2026-11-25', 'en-US')).toBe('2026-11-25')
    expect(parseDateText('2026-1-5', 'de-DE')).toBe('2026-01-05')
  })

  it('refuses what is not a real date', () => {
    for (const text of [
      '',
      '25/11',
      '31/02/2026',
      '11/25/2026',
      '25/11/026',
      'tomorrow',
      '1/2/3/4',
    ]) {
      expect(parseDateText(text, 'en-GB'), text).toBeNull()
    }
    expect(parseDateText('25/11/2026', 'en-US')).toBeNull()
  })
})

describe('times typed as a clock reads', () => {
  it.each([
    ['en-GB', '19:05', '19:05', 'HH:MM'],
    ['en-US', '19:05', '7:05 PM', 'H:MM AM/PM'],
    ['de-DE', '07:30', '07:30', 'HH:MM'],
  ])('%s: shows %s as %s and asks for %s', (locale, time, text, pattern) => {
    expect(formatTimeText(time, locale)).toBe(text)
    expect(timePattern(locale)).toBe(pattern)
  })

  it('reads 24-hour and am/pm times', () => {
    const cases = [
      ['19:05', '19:05'],
      ['7:05', '07:05'],
      ['19.05', '19:05'],
      ['7:05 PM', '19:05'],
      ['7:05pm', '19:05'],
      ['7 p.m.', '19:00'],
      ['12:30 AM', '00:30'],
      ['12:30 pm', '12:30'],
    ] as const
    for (const [text, time] of cases) expect(parseTimeText(text), text).toBe(time)
  })

  it('refuses what is not a time', () => {
    for (const text of ['', '24:00', '7', '13:00 pm', '7:60', 'noon', '0:30 am']) {
      expect(parseTimeText(text), text).toBeNull()
    }
  })
})
