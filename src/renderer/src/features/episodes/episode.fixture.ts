import type { Episode } from '@shared/domain/episode'

/** An ongoing lower-back episode as main sends it, for tests; `over` sets what a test is about. */
export function anEpisode(over: Partial<Episode> = {}): Episode {
  return {
    id: 1,
    startedOn: '2026-11-20',
    endedOn: null,
    region: 'lower',
    side: 'left',
    trigger: 'unknown',
    triggerNote: '',
    notes: '',
    noteForDoctor: false,
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    days: 5,
    flags: [],
    progress: { status: 'not_judged' },
    checkinCount: 0,
    ...over,
  }
}
