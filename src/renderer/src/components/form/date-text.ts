import { isIsoDate } from '@shared/dates'
import { displayLocale } from '@shared/format'

/**
 * Dates and times typed and shown the way the display locale writes them in digits
 * (25/11/2026, 11/25/2026, 25.11.2026; 19:05 or 7:05 PM), so the fields say what the text
 * around them says. Chromium's own date and time inputs follow the browser's language instead,
 * which need not be the person's regional format.
 */

type Part = 'day' | 'month' | 'year'

function numericDate(locale: string) {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
}

/** The order of day, month and year in the locale, and what it writes between them. */
function dateShape(locale: string): { order: Part[]; separator: string } {
  const parts = numericDate(locale).formatToParts(new Date(2026, 10, 25))
  const order = parts
    .map((p) => p.type)
    .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year')
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/'
  return { order, separator }
}

/** "25/11/2026" for 2026-11-25 in en-GB; '' for anything that is not an ISO date. */
export function formatDateText(iso: string, locale = displayLocale()): string {
  if (!isIsoDate(iso)) return ''
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return numericDate(locale).format(new Date(y, m - 1, d))
}

/** How to type a date, for the hint beside the field: "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY". */
export function datePattern(locale = displayLocale()): string {
  const { order, separator } = dateShape(locale)
  const word: Record<Part, string> = { day: 'DD', month: 'MM', year: 'YYYY' }
  return order.map((p) => word[p]).join(separator.trim() || separator)
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A typed date as ISO `YYYY-MM-DD`, or null when it is not a real date. Takes the locale's
 * order with any separator (25/11/2026, 25.11.26, 25 11 2026) and ISO itself; a two-digit year
 * is this century.
 */
export function parseDateText(text: string, locale = displayLocale()): string | null {
  const trimmed = text.trim()
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) {
    const [y = '', m = '', d = ''] = trimmed.split('-')
    const iso = `${y}-${pad(Number(m))}-${pad(Number(d))}`
    return isIsoDate(iso) ? iso : null
  }
  const numbers = trimmed.match(/\d+/g)
  if (!numbers || numbers.length !== 3 || /[^\d\s./,-]/.test(trimmed)) return null
  const { order } = dateShape(locale)
  const value = (part: Part) => numbers[order.indexOf(part)] ?? ''
  const yearText = value('year')
  if (yearText.length !== 2 && yearText.length !== 4) return null
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  const iso = `${year}-${pad(Number(value('month')))}-${pad(Number(value('day')))}`
  return isIsoDate(iso) ? iso : null
}

function usesTwelveHours(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
  return cycle === 'h12' || cycle === 'h11'
}

/** "19:05" or "7:05 PM" (as the locale's clock reads) for a 24-hour `HH:MM`; '' if not one. */
export function formatTimeText(hhmm: string, locale = displayLocale()): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm)
  if (!match) return ''
  const at = new Date(2000, 0, 1, Number(match[1]), Number(match[2]))
  const hour = usesTwelveHours(locale) ? 'numeric' : '2-digit'
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit' }).format(at).replace(/\s/g, ' ')
}

/** How to type a time: "HH:MM" on a 24-hour clock, "H:MM AM/PM" on a 12-hour one. */
export function timePattern(locale = displayLocale()): string {
  return usesTwelveHours(locale) ? 'H:MM AM/PM' : 'HH:MM'
}

/**
 * A typed time as 24-hour `HH:MM`, or null: "19:05", "19.05", "7:05 pm", "7pm", "12:30 AM".
 * Without am/pm it is read as a 24-hour time, whatever the locale's clock.
 */
export function parseTimeText(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim())
  if (!match) return null
  let hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  const half = match[3]?.toLowerCase()
  if (!match[2] && !half) return null
  if (half) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (half === 'p' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return null
  return `${pad(hours)}:${pad(minutes)}`
}
