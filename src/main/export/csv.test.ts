import { describe, expect, it } from 'vitest'
import { csvField, parseCsv, toCsv } from './csv'

describe('CSV encoder (RFC 4180)', () => {
  it.each([
    ['plain', 'heat', 'heat'],
    ['a number', 4.5, '4.5'],
    ['null as an empty field', null, ''],
    ['a boolean', true, 'true'],
    ['a comma', 'ibuprofen 400 mg, twice', '"ibuprofen 400 mg, twice"'],
    ['quotes doubled', 'the "chair" twist', '"the ""chair"" twist"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a CRLF', 'a\r\nb', '"a\r\nb"'],
    ['leading space kept by quoting', ' padded', '" padded"'],
    ['unicode untouched', 'Rücken – 背中 😣', 'Rücken – 背中 😣'],
    ['an empty string', '', ''],
    // OWASP CSV injection: 40 of 563 cells of a real export were live formulas.
    ['a formula', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a plus', '+1 after stretching', "'+1 after stretching"],
    ['a minus', '-2 after heat', "'-2 after heat"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\tcmd', "'\tcmd"],
    ['a leading carriage return', '\rcmd', '"\'\rcmd"'],
    ['a negative number stays a number', -2, '-2'],
    ['NUL bytes dropped', 'a\0b', 'ab'],
    ['a formula behind a NUL', '\0=1+1', "'=1+1"],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('writes a header row and CRLF after every record', () => {
    const text = toCsv(
      ['date', 'notes'],
      [
        ['2026-11-24', 'ok'],
        ['2026-11-25', null],
      ],
    )
    expect(text).toBe('\uFEFFdate,notes\r\n2026-11-24,ok\r\n2026-11-25,\r\n')
  })

  it('refuses a row with the wrong number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/1 fields; the header has 2/)
  })

  it('round-trips awkward text through its own parser', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\r\ny', 'Ünïcödé ✓', ''],
      ['1', '', '"', ',', '\n'],
    ]
    const text = toCsv(['one', 'two', 'three', 'four', 'five'], rows)
    expect(parseCsv(text)).toEqual([['one', 'two', 'three', 'four', 'five'], ...rows])
  })

  it('the parser refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/not closed/)
  })
})
