import { useId, useState } from 'react'
import { formatNumber } from '@shared/format'
import { shiftIsoDate } from '@shared/dates'
import { PEG_ITEMS, pegDue, pegScore } from '@shared/clinical/peg'
import { PEG_INTERVAL_DAYS } from '@shared/clinical/thresholds'
import type { Peg } from '@shared/domain/peg'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { FormError } from '@renderer/components/form/Field'
import { Form } from '@renderer/components/form/Form'
import { checkedInput } from '@renderer/components/form/form-logic'
import { MoreLine } from '@renderer/components/MoreLine'
import { useForm } from '@renderer/components/form/useForm'
import { ScalePicker } from '@renderer/components/ScalePicker'
import { channelRead, useChannel, useChannelMutation, useRead } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'
import { useToday } from '@renderer/lib/useToday'
import { EMPTY_PEG, isComplete, pegDraft } from './peg-draft'
import './peg.css'

/** The PEG answers of the week ending `today`: this line's read (Today prefetches it). */
export const pegWeek = (today: string) =>
  channelRead('peg:list', { from: shiftIsoDate(today, -(PEG_INTERVAL_DAYS - 1)), to: today })

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => ({ value }))

/** The three PEG questions, saved as today's answer. */
function PegForm({ today, onSaved }: { today: string; onSaved: (peg: Peg) => void }) {
  const id = useId()
  const save = useChannelMutation('peg:save')
  const dismiss = useChannelMutation('settings:save')
  const form = useForm({
    initial: EMPTY_PEG,
    submit: (values) => save.mutateAsync(checkedInput('peg:save', pegDraft(values, today))),
    onSaved,
  })
  const { values } = form
  return (
    <Form form={form} className="peg-form" aria-label="Weekly PEG">
      <FormError />
      {PEG_ITEMS.map((item) => (
        <ScalePicker
          key={item.key}
          legend={item.question}
          name={`${id}-${item.key}`}
          options={ZERO_TO_TEN}
          {...form.pick(item.key)}
          anchors={{ low: item.anchors[0], high: item.anchors[10] }}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? 'Saving…' : 'Save this week’s answers'}
        </button>
        <button
          type="button"
          className="button"
          disabled={dismiss.isPending}
          onClick={() => dismiss.mutate({ pegDismissedOn: today })}
        >
          Not this week
        </button>
        {isComplete(values) ? (
          <span className="hint" aria-live="polite">
            Score {formatNumber(pegScore(values), 1)} of 10
          </span>
        ) : null}
      </div>
      {dismiss.isError ? (
        <ErrorBanner title="The card could not be put away." error={dismiss.error} />
      ) : null}
    </Form>
  )
}

/**
 * The weekly PEG-3 as one line of Today's "Also today": offered once the diary is a week old,
 * when no PEG was answered in the last 7 days and the card was not put away in those days (and
 * the journal can be written); opens to its three questions. Self-contained: Today mounts it
 * with one line.
 */
export function WeeklyPegLine() {
  const today = useToday()
  const recent = useRead(pegWeek(today))
  const settings = useChannel('settings:get')
  const diary = useChannel('app:firstRun')
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<Peg | null>(null)
  // A read-only journal cannot take this week's answers: the line is not offered.
  const readOnly = useReadOnly()
  const title = 'This week’s PEG'
  if (saved) {
    return (
      <MoreLine title={title} status="✓ saved" open onOpenChange={() => setSaved(null)}>
        <p role="status">
          <span aria-hidden="true">✓ </span>
          Saved: score {formatNumber(saved.score, 1)} of 10. It is asked again in{' '}
          {PEG_INTERVAL_DAYS} days.
        </p>
      </MoreLine>
    )
  }
  if (readOnly || !recent.data || !settings.data || !diary.data) return null
  const last = recent.data[recent.data.length - 1]?.date ?? null
  if (!pegDue(last, settings.data.pegDismissedOn, today, diary.data.diaryStartedOn)) return null
  return (
    <MoreLine
      title={title}
      status="three questions about the past week, 0–10"
      open={open}
      onOpenChange={setOpen}
    >
      <PegForm today={today} onSaved={setSaved} />
    </MoreLine>
  )
}
