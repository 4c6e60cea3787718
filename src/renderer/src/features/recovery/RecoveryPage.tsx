import type { Channel } from '@shared/contract'
import type { JournalProblem, JournalStatus, RecoveryAction } from '@shared/domain/journal'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannelMutation } from '@renderer/lib/channels'
import { formatBytes, formatInstant } from '@renderer/lib/format'
import './recovery.css'

type Unavailable = Extract<JournalStatus, { state: 'unavailable' }>

/** What happened, in one line a person can take in at once. */
const HEADLINES: Record<JournalProblem, string> = {
  locked: 'Another program is using your journal.',
  read_only: 'Your journal cannot be created or saved where it is.',
  unreadable: 'Your journal cannot be read.',
  disk_full: 'The disk is full.',
  is_directory: 'A folder is where your journal should be.',
  not_a_database: 'The journal file is not an Unknot journal.',
  not_ours: 'The journal file belongs to another program.',
  damaged: 'Your journal is damaged.',
  too_new: 'Your journal was written by a newer version of Unknot.',
  stray_wal: 'A file beside your journal does not belong to it.',
  rewound: 'A file beside your journal would undo entries you saved.',
}

const CHANNELS = {
  retry: 'recovery:retry',
  openLatestBackup: 'recovery:openLatestBackup',
  restoreFile: 'recovery:restoreFile',
  startNew: 'recovery:startNew',
  setAsideWal: 'recovery:setAsideWal',
  quit: 'recovery:quit',
} as const satisfies Record<RecoveryAction, Channel>

function describe(action: RecoveryAction, status: Unavailable): { label: string; hint: string } {
  const backup = status.latestBackup
  switch (action) {
    case 'retry':
      return {
        label: 'Try again',
        hint: 'After closing the other program, or once the file or disk can be used again.',
      }
    case 'openLatestBackup':
      return {
        label: 'Open the newest automatic backup',
        hint: backup
          ? `Made ${formatInstant(backup.createdAt)} (${formatBytes(backup.bytes)}). The unusable file is set aside in the same folder, not deleted.`
          : '',
      }
    case 'restoreFile':
      return {
        label: 'Restore from a backup file…',
        hint: 'A backup you saved from Settings (a .json file). The unusable file is set aside, not deleted.',
      }
    case 'startNew':
      return {
        label: 'Set the file aside and start a new journal',
        hint: 'The file is renamed and kept in the same folder; the new journal starts empty.',
      }
    case 'setAsideWal':
      return {
        label: 'Set the stray file aside and open the journal',
        hint: 'The journal opens as it was last saved; the other file is renamed, not deleted.',
      }
    case 'quit':
      return { label: 'Quit Unknot', hint: 'Nothing is changed. You can come back to this later.' }
  }
}

function ActionButton({
  action,
  status,
  primary,
  busy,
  onRun,
}: {
  action: RecoveryAction
  status: Unavailable
  primary: boolean
  busy: boolean
  onRun: (action: RecoveryAction) => void
}) {
  const { label, hint } = describe(action, status)
  const hintId = `recovery-hint-${action}`
  return (
    <li className="recovery__action">
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        disabled={busy}
        aria-describedby={hint ? hintId : undefined}
        onClick={() => onRun(action)}
      >
        {label}
      </button>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
    </li>
  )
}

/**
 * Shown instead of the app when the journal cannot be opened: what happened, the file, and the
 * ways out main says fit. Every way out sets things aside; nothing is deleted.
 */
export function RecoveryPage({
  status,
  onRecovered,
}: {
  status: Unavailable
  onRecovered: (message: string) => void
}) {
  const mutations = {
    retry: useChannelMutation(CHANNELS.retry),
    openLatestBackup: useChannelMutation(CHANNELS.openLatestBackup),
    restoreFile: useChannelMutation(CHANNELS.restoreFile),
    startNew: useChannelMutation(CHANNELS.startNew),
    setAsideWal: useChannelMutation(CHANNELS.setAsideWal),
    quit: useChannelMutation(CHANNELS.quit),
  }
  const running = Object.values(mutations).find((m) => m.isPending)
  const failed = Object.values(mutations).find((m) => m.isError)
  const last = Object.values(mutations)
    .map((m) => m.data)
    .find((d): d is { status: JournalStatus; message: string } => d !== undefined && 'message' in d)

  const run = (action: RecoveryAction) => {
    for (const m of Object.values(mutations)) m.reset()
    if (action === 'quit') {
      mutations.quit.mutate()
      return
    }
    mutations[action].mutate(undefined, {
      onSuccess: (result) => {
        if (result.status.state === 'open') onRecovered(result.message)
      },
    })
  }

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{HEADLINES[status.problem]}</h1>
      <p className="recovery__message">{status.message}</p>
      <p className="recovery__file">
        Journal file: <code>{status.file}</code>
      </p>
      <p>Nothing has been changed or deleted. Choose what to do:</p>
      <ul className="recovery__actions">
        {status.actions.map((action, index) => (
          <ActionButton
            key={action}
            action={action}
            status={status}
            primary={index === 0}
            busy={running !== undefined}
            onRun={run}
          />
        ))}
      </ul>
      <div role="status">
        {running ? <p>Working…</p> : null}
        {last && last.status.state !== 'open' ? <p>{last.message}</p> : null}
        {mutations.quit.isSuccess ? <p>Unknot is closing.</p> : null}
      </div>
      {failed ? <ErrorBanner title="That did not work." error={failed.error} /> : null}
    </main>
  )
}
