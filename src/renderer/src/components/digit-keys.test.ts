import { describe, expect, it } from 'vitest'
import { digitChoice, TEN_AFTER_ONE_MS } from './digit-keys'

const zeroToTen = Array.from({ length: 11 }, (_, i) => i)
const penn = [0, 1, 2, 3, 4]
const severity = [1, 2, 3]

describe('digitChoice', () => {
  it('picks the digit typed', () => {
    expect(digitChoice(zeroToTen, '6', null, 0)?.value).toBe(6)
    expect(digitChoice(zeroToTen, '0', null, 0)?.value).toBe(0)
    expect(digitChoice(severity, '2', null, 0)?.value).toBe(2)
  })

  it('makes 10 from a 1 then a 0, typed close together', () => {
    const one = digitChoice(zeroToTen, '1', null, 1000)
    expect(one?.value).toBe(1)
    expect(digitChoice(zeroToTen, '0', one?.last ?? null, 1000 + TEN_AFTER_ONE_MS)?.value).toBe(10)
    // Too late: a 0 on its own.
    expect(digitChoice(zeroToTen, '0', one?.last ?? null, 1001 + TEN_AFTER_ONE_MS)?.value).toBe(0)
  })

  it('reads 1, 0, 0 as 10 then 0, not 10 again', () => {
    const one = digitChoice(zeroToTen, '1', null, 0)
    const ten = digitChoice(zeroToTen, '0', one?.last ?? null, 100)
    expect(digitChoice(zeroToTen, '0', ten?.last ?? null, 200)?.value).toBe(0)
  })

  it('ignores digits a scale does not have, and other keys', () => {
    expect(digitChoice(penn, '7', null, 0)).toBeNull()
    expect(digitChoice(severity, '0', null, 0)).toBeNull()
    // A 1 then 0 on a scale without 10 is a 0.
    expect(digitChoice(penn, '0', { digit: 1, at: 0 }, 10)?.value).toBe(0)
    expect(digitChoice(zeroToTen, 'ArrowRight', null, 0)).toBeNull()
    expect(digitChoice(zeroToTen, 'Numpad5', null, 0)).toBeNull()
  })
})
