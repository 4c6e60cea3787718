import { describe, expect, it } from 'vitest'
import { formatBytes } from './format'

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [421_888, '412 KB'],
    [3_565_158, '3.4 MB'],
  ])('%i bytes read as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})
