import { format } from 'date-fns'

/** "Thu 9 Apr 2026, 10:00": a moment in the machine's own time zone. */
export function formatInstant(iso: string): string {
  return format(new Date(iso), 'EEE d MMM yyyy, HH:mm')
}

/** "412 KB", "3.4 MB": a file's size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
