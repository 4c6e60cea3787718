import { useState, type ReactNode } from 'react'
import { checkedInput } from '@renderer/components/form/form-logic'
import { useChannelMutation } from '@renderer/lib/channels'
import { Page } from '@renderer/components/Page'
import { EpisodeDetail } from './EpisodeDetail'
import { EpisodeForm } from './EpisodeForm'
import { EpisodeList } from './EpisodeList'
import './episodes.css'

function StartEpisode({ onStarted }: { onStarted: (id: number) => void }) {
  const [open, setOpen] = useState(false)
  const start = useChannelMutation('episodes:start')
  return (
    <section className="card" aria-labelledby="episode-start">
      <h2 id="episode-start">Start an episode</h2>
      {open ? (
        <EpisodeForm
          submitLabel="Start episode"
          onSubmit={(draft) =>
            start.mutateAsync(checkedInput('episodes:start', draft)).then((e) => {
              setOpen(false)
              onStarted(e.id)
            })
          }
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
            Start a new episode
          </button>
        </div>
      )}
    </section>
  )
}

/** Episodes: start one, the open one's detail, the list; `children` follow the list. */
export function EpisodesPage({ children }: { children?: ReactNode }) {
  const [selected, setSelected] = useState<number | null>(null)
  return (
    <Page title="Episodes">
      <StartEpisode onStarted={setSelected} />
      {selected !== null ? (
        <EpisodeDetail key={selected} id={selected} onClose={() => setSelected(null)} />
      ) : null}
      <EpisodeList selected={selected} onOpen={setSelected} />
      {children}
    </Page>
  )
}
