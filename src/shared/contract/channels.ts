/**
 * Every channel name, kept free of zod so the sandboxed preload stays a few lines long.
 * `contract/index.ts` fails the typecheck unless its keys are exactly these names.
 */
export const channelNames = [
  'app:info',
  'checkins:list',
  'checkins:save',
  'checkins:delete',
  'treatments:list',
  'treatments:save',
  'treatments:delete',
  'treatments:effectiveness',
  'treatments:suggestions',
  'notify:show',
  'episodes:list',
  'episodes:get',
  'episodes:start',
  'episodes:spasmNow',
  'episodes:update',
  'episodes:end',
  'episodes:reopen',
  'episodes:delete',
  'settings:get',
  'settings:save',
  'alerts:list',
  'alerts:acknowledge',
  'alerts:history',
  'alerts:unacknowledge',
  'trends:get',
  'report:get',
  'report:exportPdf',
  'report:exportCsv',
  'report:exportFhir',
  'backup:export',
  'backup:restore',
  'backup:listAutomatic',
  'backup:restoreAutomatic',
  'journal:status',
  'recovery:retry',
  'recovery:openLatestBackup',
  'recovery:restoreFile',
  'recovery:startNew',
  'recovery:setAsideWal',
  'recovery:setAsideDamagedWal',
  'recovery:quit',
  'reminders:get',
  'reminders:save',
  'reminders:snooze',
  'app:pendingNavigation',
  'app:firstRun',
  'peg:list',
  'peg:save',
  'peg:delete',
  'insights:get',
  'experiments:list',
  'experiments:get',
  'experiments:create',
  'experiments:recordDay',
  'experiments:stop',
  'experiments:result',
] as const

export type ChannelName = (typeof channelNames)[number]

/** Events main sends to the window unasked (`contract/events.ts` holds their payload schemas). */
export const eventNames = ['app:navigate', 'app:notice'] as const

export type EventName = (typeof eventNames)[number]
