import type { DomainHandlers } from '../ipc/handler'
import { schemaVersion } from '../db/database'
import { getSettings } from '../settings/settings.repo'
import { diaryStartedOn, isDiaryEmpty } from '../welcome/welcome.query'

export const appHandlers: DomainHandlers<'app'> = {
  'app:info': (_input, { db, app }) => ({
    name: app.name,
    version: app.version,
    dataFile: app.dataFile,
    dataFolderWarning: app.dataFolderWarning ?? null,
    schemaVersion: schemaVersion(db),
    locale: app.locale,
    systemLanguages: [...app.systemLanguages],
  }),
  'app:firstRun': (_input, { db }) => ({
    showWelcome: !getSettings(db).welcomeDone && isDiaryEmpty(db),
    diaryStartedOn: diaryStartedOn(db),
  }),
  'app:pendingNavigation': (_input, { services }) => services.desktop.takeNavigation(),
}
