import { toLocalDateTime, type TreatmentDraft } from '@shared/domain/treatment'
import type { Clock, TimerHandle } from './clock'
import type { Phase, Protocol, TimerKind } from './protocols'

/**
 * running → paused ⇄ running → finished (asks pain after) → saving → logged.
 * cancelled from anywhere before saving; it never logs anything.
 */
export type TimerStatus = 'running' | 'paused' | 'finished' | 'saving' | 'logged' | 'cancelled'

export interface TimerCue {
  /** Increases with every cue, so the same words can be announced twice. */
  id: number
  text: string
}

export interface TimerView {
  kind: TimerKind
  title: string
  status: TimerStatus
  phase: Phase
  phaseIndex: number
  phaseRemainingMs: number
  phaseDurationMs: number
  /** Running time since the start, pauses excluded. */
  elapsedMs: number
  /** Time in phases that count toward the logged duration. */
  activeMs: number
  /** Local wall-clock minute the timer started, as the treatment is logged. */
  startedAt: string
  painBefore: number
  cue: TimerCue | null
  /** Why the last save failed, in words; null otherwise. */
  error: string | null
  /** Whether the protocol ended by itself (not stopped early). */
  completed: boolean
  /** Clock time (ms) the session's time stopped, by itself or by the person; null before. */
  endedAtMs: number | null
}

export interface TimerDeps {
  clock: Clock
  /** Saves the one treatment session (the window passes treatments:save). */
  log: (entry: TreatmentDraft) => Promise<unknown>
  /** Asks for a desktop notification (the window passes notify:show). */
  notify: (message: { title: string; body: string }) => void
}

function checkPain(label: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new RangeError(`${label} must be a whole number from 0 to 10.`)
  }
}

/**
 * One guided session: times the protocol's phases with the injected clock, announces phase
 * changes, and logs exactly one treatment when the person rates their pain at the end.
 * Elapsed time is measured from the clock, not counted in ticks, so a late or throttled
 * callback only makes a phase change late, never wrong.
 */
export class GuidedTimer {
  readonly protocol: Protocol
  private readonly deps: TimerDeps
  private readonly painBefore: number
  private readonly startedAtMs: number
  private readonly listeners = new Set<() => void>()

  private status: TimerStatus = 'running'
  private phase: Phase
  private phaseIndex = 0
  /** Running time at which the current phase began. */
  private phaseStart = 0
  /** Active time of the phases already over. */
  private activeDone = 0
  /** Running time accumulated before the current run (pauses split runs). */
  private elapsedBefore = 0
  /** Clock time the current run began; null while not running. */
  private runningSince: number | null
  private handle: { id: TimerHandle } | null = null
  private cue: TimerCue | null = null
  private error: string | null = null
  private completed = false
  private endedAtMs: number | null = null

  constructor(protocol: Protocol, painBefore: number, deps: TimerDeps) {
    checkPain('Pain before', painBefore)
    const first = protocol.phaseAt(0)
    if (!first) throw new Error(`${protocol.title} has no phases.`)
    this.protocol = protocol
    this.deps = deps
    this.painBefore = painBefore
    this.phase = first
    this.startedAtMs = deps.clock.now()
    this.runningSince = this.startedAtMs
    this.say(`${protocol.title} started: ${first.title}.`)
    this.schedule()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  view(): TimerView {
    const elapsed = this.elapsed()
    const inPhase = Math.min(Math.max(0, elapsed - this.phaseStart), this.phase.durationMs)
    return {
      kind: this.protocol.kind,
      title: this.protocol.title,
      status: this.status,
      phase: this.phase,
      phaseIndex: this.phaseIndex,
      phaseRemainingMs: this.phase.durationMs - inPhase,
      phaseDurationMs: this.phase.durationMs,
      elapsedMs: Math.min(elapsed, this.phaseStart + this.phase.durationMs),
      activeMs: this.activeDone + (this.phase.active ? inPhase : 0),
      startedAt: toLocalDateTime(new Date(this.startedAtMs)),
      painBefore: this.painBefore,
      cue: this.cue,
      error: this.error,
      completed: this.completed,
      endedAtMs: this.endedAtMs,
    }
  }

  /** Catches up with the clock; the window also calls it on its display tick. */
  tick(): void {
    if (this.status !== 'running') return
    const elapsed = this.elapsed()
    let changed = false
    while (elapsed >= this.phaseStart + this.phase.durationMs) {
      const next = this.protocol.phaseAt(this.phaseIndex + 1)
      if (!next) {
        this.complete()
        return
      }
      if (this.phase.active) this.activeDone += this.phase.durationMs
      this.phaseStart += this.phase.durationMs
      this.phaseIndex += 1
      this.phase = next
      changed = true
    }
    if (changed) {
      // After a long sleep several phases may have passed; only the current one is news.
      this.say(`Now: ${this.phase.title}.`)
      if (this.phase.announce) {
        this.deps.notify({
          title: `${this.protocol.title}: ${this.phase.title}`,
          body: this.phase.instruction,
        })
      }
      this.schedule()
      this.emit()
    }
  }

  pause(): void {
    if (this.status !== 'running') return
    this.tick() // a phase may have ended (or the whole protocol) since the last callback
    if (!this.isOneOf('running')) return
    this.elapsedBefore = this.elapsed()
    this.runningSince = null
    this.status = 'paused'
    this.clear()
    this.say('Paused.')
    this.emit()
  }

  resume(): void {
    if (this.status !== 'paused') return
    this.runningSince = this.deps.clock.now()
    this.status = 'running'
    this.say(`Resumed: ${this.phase.title}.`)
    this.schedule()
    this.emit()
  }

  /** Stops early and asks for the pain after. */
  finish(): void {
    if (this.status !== 'running' && this.status !== 'paused') return
    this.tick()
    if (!this.isOneOf('running', 'paused')) return
    this.freeze()
    this.endedAtMs = this.deps.clock.now()
    this.status = 'finished'
    this.say(`${this.protocol.title} stopped. How is your pain now?`)
    this.emit()
  }

  /** Throws the session away: nothing is logged. */
  cancel(): void {
    if (this.status === 'saving' || this.status === 'logged' || this.status === 'cancelled') return
    this.clear()
    if (this.runningSince !== null) this.freeze()
    this.status = 'cancelled'
    this.say(`${this.protocol.title} cancelled. Nothing was logged.`)
    this.emit()
  }

  /** Logs the one treatment session with the pain after; a failed save can be retried. */
  async save(painAfter: number): Promise<void> {
    if (this.status !== 'finished') return
    checkPain('Pain after', painAfter)
    const view = this.view()
    this.status = 'saving'
    this.error = null
    this.emit()
    try {
      await this.deps.log({
        kind: this.protocol.kind,
        detail: this.protocol.detail,
        startedAt: view.startedAt,
        durationMinutes: Math.round(view.activeMs / 60_000),
        painBefore: this.painBefore,
        painAfter,
      })
      this.status = 'logged'
      this.say(`${this.protocol.title} logged: pain ${this.painBefore} before, ${painAfter} after.`)
    } catch (error) {
      this.status = 'finished'
      this.error = error instanceof Error ? error.message : String(error)
    }
    this.emit()
  }

  // A method, so the status read after tick() is not narrowed away by the read before it.
  private isOneOf(...statuses: TimerStatus[]): boolean {
    return statuses.includes(this.status)
  }

  private complete(): void {
    // The protocol ran to its end: time stops exactly there, however late the callback came.
    if (this.phase.active) this.activeDone += this.phase.durationMs
    const end = this.phaseStart + this.phase.durationMs
    this.endedAtMs = this.deps.clock.now() - (this.elapsed() - end)
    this.elapsedBefore = end
    this.phaseStart = this.elapsedBefore
    this.phase = { ...this.phase, durationMs: 0, active: false }
    this.runningSince = null
    this.clear()
    this.status = 'finished'
    this.completed = true
    this.say(`${this.protocol.doneMessage} How is your pain now?`)
    this.deps.notify({
      title: `${this.protocol.title}: done`,
      body: `${this.protocol.doneMessage} Rate your pain to log the session.`,
    })
    this.emit()
  }

  private freeze(): void {
    this.elapsedBefore = this.elapsed()
    this.runningSince = null
    this.clear()
  }

  private elapsed(): number {
    return (
      this.elapsedBefore +
      (this.runningSince === null ? 0 : this.deps.clock.now() - this.runningSince)
    )
  }

  private schedule(): void {
    this.clear()
    if (this.status !== 'running') return
    const wait = this.phaseStart + this.phase.durationMs - this.elapsed()
    const id = this.deps.clock.setTimeout(
      () => {
        this.handle = null
        this.tick()
      },
      Math.max(0, wait),
    )
    this.handle = { id }
  }

  private clear(): void {
    if (this.handle !== null) this.deps.clock.clearTimeout(this.handle.id)
    this.handle = null
  }

  private say(text: string): void {
    this.cue = { id: (this.cue?.id ?? 0) + 1, text }
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
