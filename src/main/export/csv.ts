/** A value in a CSV cell; null is an empty field. */
export type CsvValue = string | number | boolean | null

const NEEDS_QUOTES = /[",\r\n]/
/** What a spreadsheet reads as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/
/** Spreadsheet programs read a CSV as UTF-8 (accents and all) only when it starts with this. */
export const UTF8_BOM = '\uFEFF'

/**
 * One field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
 * Text a spreadsheet would run as a formula gets a leading `'` so it shows as typed; NUL bytes,
 * which cut a cell short in some programs, are dropped. Numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : value.replaceAll('\0', '')
  if (FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A whole RFC 4180 file: a UTF-8 byte order mark, a header row, then one record per row, every
 * line ending in CRLF.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => {
    if (row.length !== header.length) {
      throw new Error(`A CSV row has ${row.length} fields; the header has ${header.length}.`)
    }
    return row.map(csvField).join(',')
  })
  return UTF8_BOM + lines.map((line) => `${line}\r\n`).join('')
}

/**
 * Reads RFC 4180 text back into rows (tests and the harness use it to prove what was written).
 * Strict: a quote inside an unquoted field or an unterminated quoted field is an error.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  let fieldStarted = false
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"') {
      if (fieldStarted && field.length > 0) throw new Error(`Stray quote at ${i}.`)
      quoted = true
      fieldStarted = true
      i++
    } else if (ch === ',') {
      row.push(field)
      field = ''
      fieldStarted = false
      i++
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      fieldStarted = false
      i += 2
    } else {
      field += ch
      fieldStarted = true
      i++
    }
  }
  if (quoted) throw new Error('A quoted field is not closed.')
  if (fieldStarted || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
