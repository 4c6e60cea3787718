import type { IsoDate } from './dates'

export type TemperatureUnit = 'celsius' | 'fahrenheit'

/**
 * Dates, times and numbers as people read them where they live. The process has one display
 * locale: main sets it from the system at start-up (`resolveDisplayLocale`), the window from
 * `app:info`; tests set it per case. Until then it is en-GB, so the output is the same on every
 * machine a test runs on. Storage never uses any of this: dates are stored as ISO text.
 */

const FALLBACK = 'en-GB'
let current = FALLBACK
let temperature: TemperatureUnit = 'celsius'
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

/** A locale Intl can format with, canonicalised ("en_gb" → null, "en-gb" → "en-GB"). */
export function supportedLocale(tag: string | null | undefined): string | null {
  if (!tag) return null
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    if (!canonical) return null
    return Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null
  } catch {
    return null
  }
}

/**
 * The locale to write dates and numbers in, from what the system says, best first: the regional
 * format (Electron's getSystemLocale), the preferred languages, the app's locale. A tag with a
 * region ("fr-CA") wins over a bare language ("fr"), since the region decides how dates are
 * written; tags Intl cannot use ("C", "POSIX") are skipped; en-GB when nothing is usable.
 */
export function resolveDisplayLocale({
  systemLocale,
  preferred,
  appLocale,
}: {
  systemLocale?: string | undefined
  preferred: readonly string[]
  appLocale?: string | undefined
}): string {
  const usable = [systemLocale, ...preferred, appLocale]
    .map((tag) => supportedLocale(tag))
    .filter((tag): tag is string => tag !== null)
  return usable.find((tag) => new Intl.Locale(tag).region !== undefined) ?? usable[0] ?? FALLBACK
}

/** Sets the locale everything below formats with; an unusable tag leaves it unchanged. */
export function setDisplayLocale(tag: string): string {
  current = supportedLocale(tag) ?? current
  return current
}

export function displayLocale(): string {
  return current
}

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d|${current}|${key}`
  let format = cache.get(id) as Intl.DateTimeFormat | undefined
  if (!format) {
    format = new Intl.DateTimeFormat(current, options)
    cache.set(id, format)
  }
  return format
}

/** A calendar date at local midnight, for formatting only. */
function localDate(value: IsoDate): Date {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** "Tue, 24 Nov 2026" (en-GB), "Tue, Nov 24, 2026" (en-US), "Di., 24. Nov. 2026" (de-DE). */
export function formatDay(value: IsoDate): string {
  return dateFormat('day', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(localDate(value))
}

/** "3 March 2026" / "March 3, 2026" / "3. März 2026": a date said in a sentence. */
export function formatLongDay(value: IsoDate): string {
  return dateFormat('long', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    localDate(value),
  )
}

/** "24 Nov" / "Nov 24" / "24. Nov.": chart axes. */
export function formatDayMonth(value: IsoDate): string {
  return dateFormat('dayMonth', { day: 'numeric', month: 'short' }).format(localDate(value))
}

/** "Nov 2026": axes of ranges over a year. */
export function formatMonthYear(value: IsoDate): string {
  return dateFormat('monthYear', { month: 'short', year: 'numeric' }).format(localDate(value))
}

const shortDays = new Map<string, string>()

/** "24 Nov 2026" / "Nov 24, 2026" / "24. Nov. 2026": a day where the weekday is clutter. */
export function formatShortDay(value: IsoDate): string {
  // The doctor's summary says the same dates many times over (each flag of ten years' episodes).
  const id = `${current}|${value}`
  let text = shortDays.get(id)
  if (text === undefined) {
    if (shortDays.size >= 4096) shortDays.clear()
    text = dateFormat('date', { day: 'numeric', month: 'short', year: 'numeric' }).format(
      localDate(value),
    )
    shortDays.set(id, text)
  }
  return text
}

/** "19:30" / "7:30 PM": a time of day, in the locale's clock. */
export function formatTime(instant: Date): string {
  return dateFormat('time', { hour: 'numeric', minute: '2-digit' }).format(instant)
}

/** "Tue, 24 Nov 2026, 19:30": a moment, e.g. when an alert was acknowledged. */
export function formatDayTime(instant: Date): string {
  return dateFormat('dayTime', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant)
}

/** "67%" / "67 %": a share from 0 to 1, whole percent. */
export function formatPercent(share: number): string {
  const id = `p|${current}`
  let format = cache.get(id) as Intl.NumberFormat | undefined
  if (!format) {
    format = new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 0 })
    cache.set(id, format)
  }
  return format.format(share)
}

/** "1,234.5" / "1.234,5": a number with exactly `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  const id = `n|${current}|${digits}`
  let format = cache.get(id) as Intl.NumberFormat | undefined
  if (!format) {
    format = new Intl.NumberFormat(current, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // -0.04 rounds to "0.0", not "-0.0".
      signDisplay: 'negative',
    })
    cache.set(id, format)
  }
  return format.format(value)
}

/** The unit temperatures are written in (the person's setting, or their region's). */
export function setTemperatureUnit(unit: TemperatureUnit): void {
  temperature = unit
}

/**
 * A temperature given in both units (clinical thresholds are stated in each, 38.3 °C and
 * 101 °F, not converted), written in the chosen one: "38.3 °C", "101 °F", "38,3 °C".
 */
export function formatTemperature(value: { celsius: number; fahrenheit: number }): string {
  const degrees = value[temperature]
  const digits = Number.isInteger(degrees) ? 0 : 1
  return `${formatNumber(degrees, digits)} ${temperature === 'celsius' ? '°C' : '°F'}`
}

/** "1 spasm", "3 spasms": a count with its noun, in the plural when the count calls for it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "4 of 5", "1 of 1 spasm": a count out of its n, the noun in the plural when n calls for it. */
export function countOf(k: number, n: number, one?: string, many?: string): string {
  return one ? `${k} of ${plural(n, one, many)}` : `${k} of ${n}`
}
