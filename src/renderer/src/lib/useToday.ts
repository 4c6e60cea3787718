import { useQueryClient } from '@tanstack/react-query'
import { addDays, startOfDay } from 'date-fns'
import { useEffect, useRef, useState } from 'react'
import { toIsoDate } from '@shared/dates'

/**
 * Today's local date, kept current while the window stays open: at midnight, and when the
 * window comes back from sleep or the background, the date moves on and every query is
 * refetched, so day counts, duration flags and alerts follow the calendar.
 */
export function useToday(): string {
  const client = useQueryClient()
  const [today, setToday] = useState(() => toIsoDate(new Date()))
  const shown = useRef(today)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const now = new Date()
      const current = toIsoDate(now)
      if (shown.current !== current) {
        shown.current = current
        setToday(current)
        void client.invalidateQueries()
      }
      clearTimeout(timer)
      // A second past midnight, so the new day has surely begun.
      timer = setTimeout(check, startOfDay(addDays(now, 1)).getTime() - now.getTime() + 1000)
    }
    check()
    document.addEventListener('visibilitychange', check)
    window.addEventListener('focus', check)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', check)
      window.removeEventListener('focus', check)
    }
  }, [client])

  return today
}
