import { formatDayTime, formatNumber } from '@shared/format'

/** "Thu, 9 Apr 2026, 10:00": an ISO instant in the machine's own time zone, as the locale writes it. */
export function formatInstant(iso: string): string {
  return formatDayTime(new Date(iso))
}

/** "412 KB", "3.4 MB" ("3,4 MB" in Germany): a file's size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} KB`
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`
}
