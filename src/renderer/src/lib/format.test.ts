import { afterEach, describe, expect, it } from 'vitest'
import { setDisplayLocale } from '@shared/format'
import { formatBytes, formatInstant } from './format'

afterEach(() => setDisplayLocale('en-GB'))

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1000, '1,000 bytes'],
    [1023, '1,023 bytes'],
    [1024, '1 KB'],
    [421_888, '412 KB'],
    [3_565_158, '3.4 MB'],
  ])('%i bytes read as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))

  it('writes the number as the display locale does', () => {
    setDisplayLocale('de-DE')
    expect(formatBytes(3_565_158)).toBe('3,4 MB')
  })
})

describe('formatInstant', () => {
  it('writes a moment in local time as the display locale does', () => {
    const at = new Date(2026, 3, 9, 10, 5).toISOString()
    expect(formatInstant(at)).toBe('Thu, 9 Apr 2026, 10:05')
    setDisplayLocale('en-US')
    expect(formatInstant(at)).toBe('Thu, Apr 9, 2026, 10:05 AM')
  })
})
