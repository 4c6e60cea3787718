import type { App } from 'electron'
import { resolveDisplayLocale, setDisplayLocale } from '../shared/format'

type LocaleApp = Pick<App, 'getLocale' | 'getSystemLocale' | 'getPreferredSystemLanguages'>

/**
 * The person's locale, from the system (call after `ready`): main's own sentences (alerts,
 * refusals, the report) are written in it from here on, and `app:info` passes it to the window.
 */
export function adoptSystemLocale(app: LocaleApp): { locale: string; systemLanguages: string[] } {
  const systemLanguages = app.getPreferredSystemLanguages()
  const locale = setDisplayLocale(
    resolveDisplayLocale({
      systemLocale: app.getSystemLocale(),
      preferred: systemLanguages,
      appLocale: app.getLocale(),
    }),
  )
  return { locale, systemLanguages }
}
