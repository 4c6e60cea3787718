import { useState } from 'react'
import type { AutomaticBackup, AutomaticBackupKind } from '@shared/domain/journal'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { NamedButton } from '@renderer/components/NamedButton'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { formatBytes, formatInstant } from '@renderer/lib/format'
import { TABLE_NAMES } from './table-names'
import './settings.css'

const KIND_LABELS: Record<AutomaticBackupKind, string> = {
  daily: 'Daily',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
}

/**
 * Settings → the automatic snapshots in `backups/`: when each was made, what made it, its size,
 * and a restore behind a confirmation (checked by main exactly as a backup file is).
 */
export function AutomaticBackups() {
  const list = useChannel('backup:listAutomatic')
  const restore = useChannelMutation('backup:restoreAutomatic')
  const { readOnly } = restore
  const [confirming, setConfirming] = useState<AutomaticBackup | null>(null)
  const restored = restore.data
  return (
    <section className="card" aria-labelledby="settings-automatic">
      <h2 id="settings-automatic">Automatic backups</h2>
      <p className="hint">
        Unknot copies the journal into the <code>backups</code> folder beside it once a day and
        before every upgrade or restore, and checks each copy. It keeps the last 7 days, 4 weeks and
        6 months. Restoring one replaces the diary; the diary as it is now is copied first.
      </p>
      {list.isError ? (
        <ErrorBanner title="The automatic backups could not be listed." error={list.error} />
      ) : null}
      {list.data?.length === 0 ? <p>No automatic backup yet.</p> : null}
      {list.data && list.data.length > 0 ? (
        <table className="backups-table">
          <caption className="visually-hidden">Automatic backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((backup) => (
              <tr key={backup.name}>
                <th scope="row">{formatInstant(backup.createdAt)}</th>
                <td>{KIND_LABELS[backup.kind]}</td>
                <td className="backups-table__size">{formatBytes(backup.bytes)}</td>
                <td>
                  <NamedButton
                    label="Restore"
                    names={` the backup of ${formatInstant(backup.createdAt)}`}
                    className="button button--small"
                    disabled={restore.isPending || readOnly}
                    onClick={() => {
                      restore.reset()
                      setConfirming(backup)
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {confirming ? (
        <div className="backups-confirm" role="group" aria-label="Confirm restore">
          <span>
            Replace every entry in the diary with the backup of{' '}
            {formatInstant(confirming.createdAt)}?
          </span>
          <button
            type="button"
            className="button button--danger"
            disabled={restore.isPending}
            onClick={() => {
              restore.mutate({ name: confirming.name })
              setConfirming(null)
            }}
          >
            Yes, restore it
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Keep my diary
          </button>
        </div>
      ) : null}
      <div role="status">
        {restore.isPending ? <p>Restoring…</p> : null}
        {restored?.restored ? (
          <p>
            Diary restored (
            {Object.entries(restored.counts)
              .map(([table, count]) => `${count} ${TABLE_NAMES[table] ?? table}`)
              .join(', ')}
            ). The diary as it was is kept as a backup too.
            {restored.notice ? ` ${restored.notice}` : null}
          </p>
        ) : null}
      </div>
      {restore.isError ? (
        <ErrorBanner title="The backup was not restored." error={restore.error} />
      ) : null}
    </section>
  )
}
