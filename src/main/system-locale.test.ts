import { afterEach, expect, it } from 'vitest'
import { formatDay, setDisplayLocale } from '../shared/format'
import { adoptSystemLocale } from './system-locale'

afterEach(() => setDisplayLocale('en-GB'))

it('writes main’s dates in the system’s regional format and reports what it chose', () => {
  const app = {
    getLocale: () => 'en-US',
    getSystemLocale: () => 'de-DE',
    getPreferredSystemLanguages: () => ['en-US', 'de-DE'],
  }
  expect(adoptSystemLocale(app)).toEqual({ locale: 'de-DE', systemLanguages: ['en-US', 'de-DE'] })
  expect(formatDay('2026-11-25')).toBe('Mi., 25. Nov. 2026')
})
