import { readdirSync } from 'node:fs'
import { expect } from 'vitest'
import type { ErrorCode } from '../src/shared/errors'
import { snapshot, type TempDiary } from './temp-diary'

/**
 * Calls a channel as the window would, expects it refused with `code` (naming `path` when
 * given), and proves nothing changed: every row of every table, and no file written beside the
 * journal. Answers the refusal's message.
 */
export async function expectRefused(
  diary: TempDiary,
  channel: string,
  input: unknown,
  { code = 'invalid_input', path }: { code?: ErrorCode; path?: string | undefined } = {},
): Promise<string> {
  const before = snapshot(diary.db)
  const files = readdirSync(diary.dir).sort()
  const result = await diary.call(channel, input)
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) return ''
  expect(result.error.code).toBe(code)
  expect(result.error.message.length).toBeGreaterThan(10)
  if (path) expect(result.error.issues?.map((i) => i.path)).toContain(path)
  expect(snapshot(diary.db)).toEqual(before)
  expect(readdirSync(diary.dir).sort()).toEqual(files)
  return result.error.message
}
