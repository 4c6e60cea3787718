/**
 * Every channel name, kept free of zod so the sandboxed preload stays a few lines long.
 * `contract/index.ts` fails the typecheck unless its keys are exactly these names.
 */
export const channelNames = [
  'app:info',
  'checkins:list',
  'checkins:get',
  'checkins:save',
  'checkins:delete',
  'trends:get',
  'report:get',
  'report:exportPdf',
  'report:exportCsv',
  'backup:export',
  'backup:restore',
] as const

export type ChannelName = (typeof channelNames)[number]
