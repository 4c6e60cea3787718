import { afterAll, beforeAll } from 'vitest'
import type { DB } from '../src/main/db/database'
import { seedSyntheticDiary } from './synthetic-diary'
import { openTempDiary, type TempDiary } from './temp-diary'

/**
 * The bench's ten years of synthetic diary (to 24 November 2026), seeded once for the test file
 * that calls this and closed after it: the planner's choices depend on how much data there is.
 */
export function tenYearDiaryPerFile(): { readonly db: DB } {
  let diary: TempDiary | undefined
  // Ten years of rows take a while on a busy machine; the plans, not the time, are tested.
  beforeAll(() => {
    diary = openTempDiary()
    seedSyntheticDiary(diary.db, { to: '2026-11-24', days: 3650 })
  }, 300_000)
  afterAll(() => diary?.close())
  return {
    get db() {
      if (!diary) throw new Error('The ten-year diary is open only while its tests run.')
      return diary.db
    },
  }
}
