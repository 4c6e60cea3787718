import { REGION_LABELS, type Episode } from '@shared/domain/episode'
import { FormActions, FormError } from '@renderer/components/form/Field'
import { useForm } from '@renderer/components/form/useForm'
import { useChannelMutation } from '@renderer/lib/channels'
import { onsetDraft, type OnsetAnswer } from './episode-draft'
import { OnsetFactorsField } from './OnsetFactorsField'

const where = (e: Pick<Episode, 'region'>) => REGION_LABELS[e.region].toLowerCase()

/** What the saved checklist said, for the confirmation. */
export function onsetSaidText(answer: OnsetAnswer): string {
  if (answer.none) return 'Saved: none of these came in the 24 hours before.'
  const n = answer.factors.length
  return `Saved: ${n} ${n === 1 ? 'thing' : 'things'} ticked for the 24 hours before.`
}

/**
 * Asked once the episode is saved, so starting stays one step on a bad day: what came in the
 * 24 hours before (Insights compares it with ordinary days). "Not now" leaves it unanswered;
 * the episode's own form asks again.
 */
export function OnsetQuestion({
  episode,
  onDone,
}: {
  episode: Episode
  /** With what was saved, or null when put off. */
  onDone: (said: string | null) => void
}) {
  const update = useChannelMutation('episodes:update')
  const form = useForm({
    initial: (): { onsetFactors: OnsetAnswer } => ({
      onsetFactors: { factors: [], none: false, otherNote: '' },
    }),
    submit: async ({ onsetFactors }) => {
      await update.mutateAsync({
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
      })
      return onsetSaidText(onsetFactors)
    },
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
        onCancel={() => onDone(null)}
        cancelLabel="Not now"
      />
    </form>
  )
}
