import { useEffect, useId, useRef, useState } from 'react'
import { formatDay } from '@shared/format'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  type Episode,
  type Region,
  type Side,
} from '@shared/domain/episode'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { DateField } from '@renderer/components/form/DateField'
import { Field, FormActions, FormError } from '@renderer/components/form/Field'
import { FieldError } from '@renderer/components/form/FieldError'
import { useForm } from '@renderer/components/form/useForm'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { UndoBanner } from '@renderer/components/UndoBanner'
import { useUndo } from '@renderer/components/useUndo'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'
import { useToday } from '@renderer/lib/useToday'
import { onsetDraft, type OnsetAnswer } from './episode-draft'
import { EpisodeFlags } from './EpisodeFlags'
import { OnsetFactorsField } from './OnsetFactorsField'
import './episodes.css'

type Undo = ReturnType<typeof useUndo>

const where = (e: Pick<Episode, 'region'>) => REGION_LABELS[e.region].toLowerCase()

/** "A spasm started": where and when, in one small step. */
function StartStep({
  taken,
  today,
  onDone,
  undo,
}: {
  taken: readonly Region[]
  today: string
  onDone: (started?: Episode) => void
  undo: Undo
}) {
  const id = useId()
  const free = REGIONS.filter((r) => !taken.includes(r))
  const start = useChannelMutation('episodes:start')
  const remove = useChannelMutation('episodes:delete')
  const form = useForm({
    initial: (): { region: Region | null; side: Side; startedOn: string } => ({
      region: free.length === 1 ? (free[0] ?? null) : null,
      side: 'central',
      startedOn: today,
    }),
    // No region chosen goes as is, so main names it in its answer.
    submit: ({ region, side, startedOn }) =>
      start.mutateAsync({ region: region as Region, side, startedOn }),
    onSaved: (episode) => {
      undo.offer({
        message: `${REGION_LABELS[episode.region]} episode started ${formatDay(episode.startedOn)}.`,
        undo: () => remove.mutateAsync({ id: episode.id }),
      })
      onDone(episode)
    },
  })
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  const { values, set, errors } = form
  return (
    <form className="episode-step" {...form.formProps} aria-label="A spasm started">
      <FormError message={form.formError} />
      <fieldset
        className="episode-step__where"
        aria-invalid={errors.region ? true : undefined}
        aria-describedby={errors.region ? `${id}-region-error` : undefined}
      >
        <legend>Where?</legend>
        {free.map((region, i) => (
          <label key={region} className="choice">
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-region`}
              checked={values.region === region}
              onChange={() => set('region', region)}
            />
            {REGION_LABELS[region]}
          </label>
        ))}
        <FieldError id={`${id}-region-error`} message={errors.region} />
      </fieldset>
      <div className="episode-step__row">
        <Field label="Side" inline error={errors.side}>
          {(control) => (
            <select {...control} {...form.text('side')}>
              <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
            </select>
          )}
        </Field>
        <Field label="When?" inline error={errors.startedOn}>
          {(control) => (
            <DateField
              {...control}
              value={values.startedOn}
              onChange={(v) => set('startedOn', v)}
              max={today}
            />
          )}
        </Field>
      </div>
      <FormActions submitLabel="Start episode" pending={form.pending} onCancel={() => onDone()} />
    </form>
  )
}

/**
 * Asked once the episode is saved, so starting stays one step on a bad day: what came in the
 * 24 hours before (Insights compares it with ordinary days). "Not now" leaves it unanswered;
 * the episode's own form asks again.
 */
function OnsetQuestion({ episode, onDone }: { episode: Episode; onDone: () => void }) {
  const update = useChannelMutation('episodes:update')
  const form = useForm({
    initial: (): { onsetFactors: OnsetAnswer } => ({
      onsetFactors: { factors: [], none: false, otherNote: '' },
    }),
    submit: ({ onsetFactors }) =>
      update.mutateAsync({
        id: episode.id,
        startedOn: episode.startedOn,
        endedOn: episode.endedOn,
        region: episode.region,
        side: episode.side,
        trigger: episode.trigger,
        triggerNote: episode.triggerNote,
        notes: episode.notes,
        noteForDoctor: episode.noteForDoctor,
        onsetFactors: onsetDraft(onsetFactors),
      }),
    onSaved: onDone,
  })
  const answered = form.values.onsetFactors.none || form.values.onsetFactors.factors.length > 0
  return (
    <form
      className="episode-step"
      {...form.formProps}
      aria-label={`Before the ${where(episode)} episode started`}
    >
      <FormError message={form.formError} />
      <OnsetFactorsField
        value={form.values.onsetFactors}
        onChange={(v) => form.set('onsetFactors', v)}
        error={form.errors.onsetFactors}
      />
      <FormActions
        submitLabel="Save the answer"
        pending={form.pending}
        canSubmit={answered}
        onCancel={onDone}
        cancelLabel="Not now"
      />
    </form>
  )
}

/** "It has ended": the date it ended, today unless changed. */
function EndStep({
  episode,
  today,
  onDone,
  undo,
}: {
  episode: Episode
  today: string
  onDone: () => void
  undo: Undo
}) {
  const end = useChannelMutation('episodes:end')
  const reopen = useChannelMutation('episodes:reopen')
  const form = useForm({
    initial: { endedOn: today },
    submit: ({ endedOn }) => end.mutateAsync({ id: episode.id, endedOn }),
    onSaved: (ended) => {
      undo.offer({
        message: `${REGION_LABELS[ended.region]} episode ended ${formatDay(ended.endedOn ?? today)}, after ${ended.days} ${ended.days === 1 ? 'day' : 'days'}.`,
        undo: () => reopen.mutateAsync({ id: ended.id }),
      })
      onDone()
    },
  })
  return (
    <form
      className="episode-step"
      {...form.formProps}
      aria-label={`End the ${where(episode)} episode`}
    >
      <FormError message={form.formError} />
      <Field label="It ended on" inline error={form.errors.endedOn}>
        {(control) => (
          <DateField
            {...control}
            value={form.values.endedOn}
            onChange={(v) => form.set('endedOn', v)}
            // The date a person most likely means is already there: Enter saves.
            autoFocus
            min={episode.startedOn}
            max={today}
          />
        )}
      </Field>
      <FormActions submitLabel="Save the end" pending={form.pending} onCancel={onDone} />
    </form>
  )
}

interface OngoingEpisodeCardProps {
  /**
   * Flags already in the alert strip above, by episode: not said twice. (Today passes them; the
   * card stands alone without.)
   */
  flagsShownElsewhere?: ReadonlyMap<number, ReadonlySet<string>>
}

/**
 * Today's episode card, by state: an ongoing episode shows its day and flags with "It has
 * ended" (and, quieter, "Another spasm elsewhere"); without one, "A spasm started" asks where
 * and when. Starting and ending can be undone.
 */
export function OngoingEpisodeCard({ flagsShownElsewhere }: OngoingEpisodeCardProps) {
  const today = useToday()
  const ongoing = useChannel('episodes:list', { ongoing: true })
  const readOnly = useReadOnly()
  const [step, setStep] = useState<{ kind: 'start' } | { kind: 'end'; id: number } | null>(null)
  // The episode just started, until its onset question is answered or put off.
  const [asking, setAsking] = useState<Episode | null>(null)
  const undo = useUndo()
  const card = useRef<HTMLElement>(null)
  // The step just saved is gone: the keyboard goes on from Undo.
  useEffect(() => {
    if (undo.message) card.current?.querySelector<HTMLButtonElement>('.banner button')?.focus()
  }, [undo.message])
  const episodes = ongoing.data ?? []
  const taken = episodes.map((e) => e.region)
  const close = () => setStep(null)
  // Quieter beside "It has ended"; the one thing to do when no episode is going on.
  const startButton =
    ongoing.data && taken.length < REGIONS.length ? (
      <button
        type="button"
        className={episodes.length === 0 ? 'button button--primary' : 'button'}
        disabled={readOnly}
        onClick={() => setStep({ kind: 'start' })}
      >
        {episodes.length === 0 ? 'A spasm started' : 'Another spasm elsewhere'}
      </button>
    ) : null
  return (
    <section ref={card} className="card today-episode-card" aria-labelledby="today-episode">
      <header className="card__header">
        <h2 id="today-episode">Spasm episode</h2>
        {episodes.length > 0 ? (
          <a className="button button--small" href="#/episodes">
            More about {episodes.length === 1 ? 'this episode' : 'these episodes'}
          </a>
        ) : null}
      </header>
      {ongoing.isError ? (
        <ErrorBanner title="Your episodes could not be loaded." error={ongoing.error} />
      ) : null}
      {episodes.map((e, i) => {
        const elsewhere = flagsShownElsewhere?.get(e.id)
        const flags = e.flags.filter((f) => !elsewhere?.has(f.label))
        const last = i === episodes.length - 1
        return (
          <div key={e.id} className="today-episode__current">
            <p className="today-episode__day">
              <strong>Day {e.days}</strong> of your {where(e)} episode (
              {SIDE_LABELS[e.side].toLowerCase()}), started {formatDay(e.startedOn)}.
            </p>
            <EpisodeFlags flags={flags} />
            {flags.length < e.flags.length ? (
              <p className="hint">Its flags are in the alerts above.</p>
            ) : null}
            {step?.kind === 'end' && step.id === e.id ? (
              <EndStep episode={e} today={today} onDone={close} undo={undo} />
            ) : (
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={readOnly}
                  onClick={() => setStep({ kind: 'end', id: e.id })}
                >
                  It has ended
                  {episodes.length > 1 ? (
                    <span className="visually-hidden">: the {where(e)} episode</span>
                  ) : null}
                </button>
                {last && step === null ? startButton : null}
              </div>
            )}
          </div>
        )
      })}
      {ongoing.data && episodes.length === 0 ? <p className="hint">No ongoing episode.</p> : null}
      {step?.kind === 'start' ? (
        <StartStep
          taken={taken}
          today={today}
          onDone={(started) => {
            close()
            if (started) setAsking(started)
          }}
          undo={undo}
        />
      ) : null}
      {step === null && episodes.length === 0 && startButton ? (
        <div className="form-actions">{startButton}</div>
      ) : null}
      <UndoBanner message={undo.message} undo={undo} />
      {asking && episodes.some((e) => e.id === asking.id) ? (
        <OnsetQuestion key={asking.id} episode={asking} onDone={() => setAsking(null)} />
      ) : null}
    </section>
  )
}
