import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { isSymptomCode, type LegSides } from '@shared/clinical/symptoms'
import { formatDay } from '@shared/format'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  type Episode,
  type Region,
  type Side,
  type SpasmNowResult,
} from '@shared/domain/episode'
import { ChoiceField } from '@renderer/components/form/ChoiceField'
import { DateInputField } from '@renderer/components/form/DateInputField'
import { Field, FormActions, FormError } from '@renderer/components/form/Field'
import { useForm } from '@renderer/components/form/useForm'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { NowScales } from '@renderer/components/ScoreScale'
import { SymptomChecklist } from '@renderer/components/SymptomChecklist'
import { useChannelMutation, useRead } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'
import { focusDone, type FocusRequest } from '@renderer/lib/navigation'
import { useToday } from '@renderer/lib/useToday'
import { ONGOING_EPISODES } from './OngoingEpisodeCard'
import { SpasmGrid } from './SpasmGrid'
import { SpasmNowDone } from './SpasmNowDone'
import './episodes.css'

/** Saves that belong to the Spasm now moment: its own, the checklist's, a guided timer's. */
const OWN_SAVES: ReadonlySet<string> = new Set([
  'episodes:spasmNow',
  'episodes:update',
  'treatments:save',
])

/** The keyboard shortcut that opens "Spasm now" from any screen (App.tsx listens for it). */
const SPASM_NOW_KEYS = { label: 'Ctrl+Shift+S', aria: 'Control+Shift+S' }

const REGION_CHOICES = REGIONS.map((value) => ({ value, label: REGION_LABELS[value] }))

interface SpasmValues {
  region: Region | null
  side: Side
  startedOn: string
  pain: number | null
  stiffness: number | null
  spasmFrequency: number | null
  spasmSeverity: number | null
  symptoms: string[]
  legSides: LegSides
}

/** Where, since when, and how it is right now; one save starts or continues the episode. */
function SpasmNowForm({
  ongoing,
  today,
  onSaved,
  onCancel,
}: {
  ongoing: readonly Episode[]
  today: string
  onSaved: (result: SpasmNowResult) => void
  onCancel: () => void
}) {
  const id = useId()
  const save = useChannelMutation('episodes:spasmNow')
  const form = useForm({
    initial: (): SpasmValues => ({
      // The place already hurting, else the lower back (where most back spasms are).
      region: ongoing.length === 1 ? (ongoing[0]?.region ?? 'lower') : 'lower',
      side: 'central',
      startedOn: today,
      pain: null,
      stiffness: null,
      spasmFrequency: null,
      spasmSeverity: null,
      symptoms: [],
      legSides: {},
    }),
    // Unanswered questions go as they are, so main names them in its answer.
    submit: (v) =>
      save.mutateAsync({
        region: v.region as Region,
        side: v.side,
        startedOn: v.startedOn,
        pain: v.pain as number,
        stiffness: v.stiffness as number,
        spasmFrequency: v.spasmFrequency as number,
        spasmSeverity: v.spasmSeverity as number,
        symptoms: v.symptoms.filter(isSymptomCode),
        legSides: v.legSides,
      }),
    onSaved,
    enterSaves: true,
  })
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  const { values, set, errors, pick } = form
  const going = ongoing.find((e) => e.region === values.region)
  return (
    <form className="spasm-now__form" {...form.formProps} aria-label="Spasm now">
      <FormError message={form.formError} />
      <div className="spasm-now__where">
        <ChoiceField
          legend="Where?"
          options={REGION_CHOICES}
          firstRef={first}
          {...pick('region')}
        />
        {going ? (
          <p className="hint spasm-now__going">
            Continues your {REGION_LABELS[going.region].toLowerCase()} episode: day {going.days},
            started {formatDay(going.startedOn)}.
          </p>
        ) : (
          <div className="episode-step__row">
            <Field label="Side" inline error={errors.side}>
              {(control) => (
                <select {...control} {...form.text('side')}>
                  <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
                </select>
              )}
            </Field>
            <DateInputField label="Started on" inline max={today} {...pick('startedOn')} />
          </div>
        )}
      </div>
      <NowScales name={id} pain={pick('pain')} stiffness={pick('stiffness')} />
      <SpasmGrid
        name={`${id}-spasms`}
        frequency={values.spasmFrequency}
        severity={values.spasmSeverity}
        onChange={(frequency, severity) => {
          set('spasmFrequency', frequency)
          set('spasmSeverity', severity)
        }}
      />
      <SymptomChecklist {...pick('symptoms')} sides={pick('legSides')} />
      <FormActions
        submitLabel={going ? 'Save pain now' : 'Start episode and save pain'}
        pending={form.pending}
        onCancel={onCancel}
        hint="Type a number to answer a scale; Enter saves"
      />
    </form>
  )
}

/**
 * "Spasm now", at the top of Today: one button (also the tray's entry and Ctrl+Shift+S) that
 * asks where and when, starts the episode or continues the one going on there, and records the
 * pain now; then offers a guided timer and the onset checklist.
 */
export function SpasmNow({
  focusRequest,
  timers,
}: {
  focusRequest: FocusRequest | null
  /** The guided timer panel, offered once the spasm is saved (Today composes it in). */
  timers: ReactNode
}) {
  const today = useToday()
  const ongoing = useRead(ONGOING_EPISODES)
  const readOnly = useReadOnly()
  const [open, setOpen] = useState(false)
  const [result, setResult] = useState<SpasmNowResult | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const [taken, setTaken] = useState<number | null>(null)
  if (focusRequest?.focus === 'spasm-now' && taken !== focusRequest.id) {
    setTaken(focusRequest.id)
    setResult(null)
    setOpen(true)
  }
  useEffect(() => {
    if (focusRequest?.focus === 'spasm-now' && taken === focusRequest.id) focusDone(focusRequest)
  }, [focusRequest, taken])
  // Closed by the person: the keyboard goes on from the button (not at the page's start).
  const refocus = useRef(false)
  const close = () => {
    refocus.current = true
    setOpen(false)
    setResult(null)
  }
  // What was saved is said until its moment has passed: another save (a check-in, an alert
  // acknowledged), not its own checklist or timer, closes it (docs/reminders.md).
  const client = useQueryClient()
  useEffect(() => {
    if (!result) return
    const shownAt = Date.now()
    return client.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      const channel = event.mutation.options.mutationKey?.[0]
      if (typeof channel === 'string' && OWN_SAVES.has(channel)) return
      if (event.mutation.state.submittedAt >= shownAt) setResult(null)
    })
  }, [client, result])
  useEffect(() => {
    if (open || result || !refocus.current) return
    refocus.current = false
    button.current?.focus()
  }, [open, result])
  return (
    <section className="spasm-now" aria-label="Spasm now">
      {open && ongoing.data ? (
        <SpasmNowForm
          ongoing={ongoing.data}
          today={today}
          onSaved={(saved) => {
            setOpen(false)
            setResult(saved)
          }}
          onCancel={close}
        />
      ) : result ? (
        <SpasmNowDone result={result} timers={timers} onClose={close} />
      ) : (
        <div className="spasm-now__bar">
          <button
            ref={button}
            type="button"
            className="button button--primary spasm-now__button"
            disabled={readOnly}
            aria-keyshortcuts={SPASM_NOW_KEYS.aria}
            onClick={() => setOpen(true)}
          >
            Spasm now
          </button>
          <span className="hint">
            Record where it is and how bad; from anywhere: {SPASM_NOW_KEYS.label} or the tray menu.
          </span>
        </div>
      )}
    </section>
  )
}
