import type { DomainHandlers } from '../ipc/handler'
import { schemaVersion } from '../db/database'

export const appHandlers: DomainHandlers<'app'> = {
  'app:info': (_input, { db, app }) => ({
    name: app.name,
    version: app.version,
    dataFile: app.dataFile,
    schemaVersion: schemaVersion(db),
  }),
  'app:pendingNavigation': (_input, { services }) => services.habit.takeNavigation(),
}
