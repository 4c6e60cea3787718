import { useEffect, useRef, useState } from 'react'
import { formatDay } from '@shared/format'
import { REGION_LABELS, SIDE_LABELS, type Episode } from '@shared/domain/episode'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { DateInputField } from '@renderer/components/form/DateInputField'
import { FormActions, FormError } from '@renderer/components/form/Field'
import { useForm } from '@renderer/components/form/useForm'
import { UndoBanner } from '@renderer/components/UndoBanner'
import { useUndo } from '@renderer/components/useUndo'
import { NamedButton } from '@renderer/components/NamedButton'
import { channelRead, useChannelMutation, useRead } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'
import { useToday } from '@renderer/lib/useToday'
import { EpisodeFlags } from './EpisodeFlags'
import './episodes.css'

type Undo = ReturnType<typeof useUndo>

/** The episodes going on: this card's and "Spasm now"'s one read (Today prefetches it). */
export const ONGOING_EPISODES = channelRead('episodes:list', { ongoing: true })

const where = (e: Pick<Episode, 'region'>) => REGION_LABELS[e.region].toLowerCase()

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
      <DateInputField
        label="It ended on"
        inline
        // The date a person most likely means is already there: Enter saves.
        autoFocus
        min={episode.startedOn}
        max={today}
        {...form.pick('endedOn')}
      />
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
 * Today's card for the episodes going on: the day and flags of each, with "It has ended" (which
 * can be undone). Nothing without one: "Spasm now" above starts an episode.
 */
export function OngoingEpisodeCard({ flagsShownElsewhere }: OngoingEpisodeCardProps) {
  const today = useToday()
  const ongoing = useRead(ONGOING_EPISODES)
  const readOnly = useReadOnly()
  const [ending, setEnding] = useState<number | null>(null)
  const undo = useUndo()
  const card = useRef<HTMLElement>(null)
  // The step just saved is gone: the keyboard goes on from Undo.
  useEffect(() => {
    if (undo.message) card.current?.querySelector<HTMLButtonElement>('.banner button')?.focus()
  }, [undo.message])
  const episodes = ongoing.data ?? []
  if (ongoing.isError) {
    return <ErrorBanner title="Your episodes could not be loaded." error={ongoing.error} />
  }
  // Kept while its Undo is offered, so the episode just ended can come back.
  if (episodes.length === 0 && !undo.message) return null
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
      {episodes.map((e) => {
        const elsewhere = flagsShownElsewhere?.get(e.id)
        const flags = e.flags.filter((f) => !elsewhere?.has(f.label))
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
            {ending === e.id ? (
              <EndStep episode={e} today={today} onDone={() => setEnding(null)} undo={undo} />
            ) : (
              <div className="form-actions">
                <NamedButton
                  label="It has ended"
                  names={episodes.length > 1 ? `: the ${where(e)} episode` : undefined}
                  disabled={readOnly}
                  onClick={() => setEnding(e.id)}
                />
              </div>
            )}
          </div>
        )
      })}
      {episodes.length === 0 ? <p className="hint">No episode is going on now.</p> : null}
      <UndoBanner message={undo.message} undo={undo} />
    </section>
  )
}
