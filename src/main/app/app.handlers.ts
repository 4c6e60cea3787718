import type { DomainHandlers } from '../ipc/handler'
import { schemaVersion } from '../db/database'

export const appHandlers: DomainHandlers<'app'> = {
  'app:info': (_input, { db, app }) => ({
    name: app.name,
    version: app.version,
    dataFile: app.dataFile,
    schemaVersion: schemaVersion(db),
    locale: app.locale,
    systemLanguages: [...app.systemLanguages],
  }),
}
