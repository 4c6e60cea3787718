import type { IsoDate } from '../../shared/dates'

/** A local calendar date and the minutes since its midnight, read off a wall clock. */
export interface WallTime {
  date: IsoDate
  minutes: number
}

const formats = new Map<string, Intl.DateTimeFormat>()

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formats.set(timeZone, format)
  }
  return format
}

/**
 * What a wall clock in `timeZone` shows at `instant` (ms since the epoch). The zone is named
 * rather than taken from the process, so daylight saving and zone changes are plain inputs.
 */
export function wallTime(instant: number, timeZone: string): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of formatFor(timeZone).formatToParts(instant)) parts[part.type] = part.value
  return {
    date: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

/** Where the reminders read the time: the system's clock, or a fake one in tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** The IANA time zone the person's wall clock is in now. */
  timeZone(): string
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/**
 * The system clock. Electron's main process keeps the time zone it started with (electron
 * #33723); removing an unset TZ makes Node ask V8 and ICU to detect the zone again, so a person
 * who travels or changes the zone gets reminders at their new local times.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone() {
    if (process.env['TZ'] === undefined) delete process.env['TZ']
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  },
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
}
