import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { TempDiary } from './temp-diary'

/** A JSON backup as read back from disk, loosely typed so tests can damage any part of it. */
export type BackupJson = {
  format: string
  formatVersion: unknown
  schemaVersion: number
  exportedAt: string
  tables: Record<string, Record<string, unknown>[]>
}

/** Exports the diary to `name` in its folder through `backup:export`; answers the path. */
export async function exportBackup(diary: TempDiary, name = 'backup.json'): Promise<string> {
  const path = join(diary.dir, name)
  diary.services.nextSavePath = path
  expect(await diary.call('backup:export')).toEqual({
    ok: true,
    value: { saved: true, files: [path] },
  })
  return path
}

export const readBackup = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BackupJson

/** Writes a changed copy of the backup at `path` beside it; answers the copy's path. */
export function editBackup(path: string, change: (file: BackupJson) => void): string {
  const file = readBackup(path)
  change(file)
  const out = path.replace('.json', '-edited.json')
  writeFileSync(out, JSON.stringify(file))
  return out
}

/** Restores the backup at `path` through `backup:restore`, as if the person picked it. */
export function restoreBackup(diary: TempDiary, path: string) {
  diary.services.nextOpenPath = path
  return diary.call('backup:restore')
}

/** Restores the backup at `path`, expecting success with (at least) `value` in the answer. */
export async function expectRestored(
  diary: TempDiary,
  path: string,
  value: Record<string, unknown> = {},
): Promise<void> {
  expect(await restoreBackup(diary, path)).toMatchObject({
    ok: true,
    value: { restored: true, ...value },
  })
}
