import { useState } from 'react'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannelMutation } from '@renderer/lib/channels'
import { TABLE_NAMES } from './table-names'

/** Settings → backup and restore of the whole diary as one JSON file. */
export function BackupSection() {
  const exporter = useChannelMutation('backup:export')
  // Everything on screen came from the old diary.
  const restorer = useChannelMutation('backup:restore')
  const [confirming, setConfirming] = useState(false)
  const { readOnly } = restorer
  const busy = exporter.isPending || restorer.isPending
  const restored = restorer.data
  return (
    <section className="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">Backup and restore</h2>
      <p className="hint">
        A backup is one file holding the whole diary. Restoring one replaces everything in the
        diary; a copy of the diary as it was is kept in the <code>backups</code> folder first.
      </p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => exporter.mutate()}>
          Save a backup…
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false)
                restorer.mutate()
              }}
            >
              Yes, replace my diary…
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep my diary
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy || readOnly}
            onClick={() => setConfirming(true)}
          >
            Restore from a backup…
          </button>
        )}
      </div>
      <div role="status">
        {confirming ? (
          <p>Restoring replaces every entry in this diary with the backup&apos;s. Continue?</p>
        ) : null}
        {exporter.data ? (
          <p>
            {exporter.data.saved
              ? `Backup saved: ${exporter.data.files.join(', ')}`
              : exporter.data.message}
          </p>
        ) : null}
        {restored ? (
          <p>
            {restored.restored
              ? `Diary restored (${Object.entries(restored.counts)
                  .map(([table, count]) => `${count} ${TABLE_NAMES[table] ?? table}`)
                  .join(', ')}). The previous diary was copied to ${restored.safetyCopy}.`
              : restored.message}
          </p>
        ) : null}
      </div>
      {exporter.isError ? (
        <ErrorBanner title="No backup was saved." error={exporter.error} />
      ) : null}
      {restorer.isError ? (
        <ErrorBanner title="The backup was not restored." error={restorer.error} />
      ) : null}
    </section>
  )
}
