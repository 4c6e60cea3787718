import { createContext, useContext, type ReactNode } from 'react'
import type { JournalStatus } from '@shared/domain/journal'

type OpenStatus = Extract<JournalStatus, { state: 'open' }>

const JournalStatusContext = createContext<OpenStatus | null>(null)

/** The open journal's status, for every screen below the gate in App. */
export function JournalStatusProvider({
  status,
  children,
}: {
  status: OpenStatus
  children: ReactNode
}) {
  return <JournalStatusContext.Provider value={status}>{children}</JournalStatusContext.Provider>
}

/**
 * True when the journal is open read-only: every control that saves is disabled (main refuses
 * such saves with `read_only` anyway; the window does not offer them).
 */
export function useReadOnly(): boolean {
  return useContext(JournalStatusContext)?.readOnly ?? false
}

/** Why the journal is read-only, when it is. */
export function useReadOnlyReason(): string | undefined {
  return useContext(JournalStatusContext)?.readOnlyReason
}
