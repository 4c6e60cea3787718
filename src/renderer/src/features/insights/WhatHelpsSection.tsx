import {
  EPISODE_PHASES,
  FIRST_HOURS,
  heatVsIceSentence,
  PHASE_LABELS,
  phaseSentence,
} from '@shared/clinical/insights'
import { MEANINGFUL_CHANGE, MIN_RATED_SESSIONS } from '@shared/clinical/thresholds'
import type { HeatVsIce, PhaseEffect } from '@shared/domain/insights'
import { TREATMENT_KIND_LABELS, TREATMENT_KINDS } from '@shared/domain/treatment'
import { PhaseChart, phaseCell } from './PhaseChart'

/** The chart shows this many treatments at most: more lines than that cannot be told apart. */
const CHART_KINDS = 6

function PhaseTable({ phases }: { phases: readonly PhaseEffect[] }) {
  const kinds = TREATMENT_KINDS.filter((kind) => phases.some((p) => p.kind === kind))
  return (
    <div className="table-scroll">
      <table className="table insights-table">
        <caption>
          Rated sessions (pain before and after) by the day of the episode they were on, and how
          many were followed by a drop of {MEANINGFUL_CHANGE} points or more.
        </caption>
        <thead>
          <tr>
            <th scope="col">Treatment</th>
            {EPISODE_PHASES.map((phase) => (
              <th key={phase} scope="col">
                {PHASE_LABELS[phase]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{TREATMENT_KIND_LABELS[kind]}</th>
              {EPISODE_PHASES.map((phase) => (
                <td key={phase}>
                  {phaseCell(phases.find((p) => p.kind === kind && p.phase === phase))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function HeatOrIce({ heatVsIce: h }: { heatVsIce: HeatVsIce }) {
  const sentence = heatVsIceSentence(h)
  return (
    <>
      <h3>Heat or ice in the first {FIRST_HOURS} hours</h3>
      {sentence ? (
        <p>{sentence}</p>
      ) : (
        <p className="insights-needs">
          Compared once heat and ice each have {MIN_RATED_SESSIONS} rated sessions in the first{' '}
          {FIRST_HOURS} hours of episodes where you used both; this range has{' '}
          {h.episodes === 1 ? '1 such episode' : `${h.episodes} such episodes`}, with{' '}
          {h.heat.ratedSessions} rated heat and {h.ice.ratedSessions} rated ice sessions.
        </p>
      )}
    </>
  )
}

/** What helps when: treatment effect by phase of the episode, and heat against ice early on. */
export function WhatHelpsSection({
  phases,
  heatVsIce,
}: {
  phases: readonly PhaseEffect[]
  heatVsIce: HeatVsIce
}) {
  const enough = phases.filter((p) => p.effect.status === 'enough_data')
  const charted = TREATMENT_KINDS.filter((kind) => enough.some((p) => p.kind === kind)).slice(
    0,
    CHART_KINDS,
  )
  return (
    <section className="card insights-section" aria-labelledby="insights-what-helps">
      <h2 id="insights-what-helps">What helps when</h2>
      <p className="hint">
        Sessions with pain rated before and after, by the day of the episode they were on (day 1 is
        the day it started). A treatment’s numbers in a phase show once it has {MIN_RATED_SESSIONS}{' '}
        rated sessions there, as on the Treatments page.
      </p>
      {phases.length === 0 ? (
        <p>No treatment was logged in this range.</p>
      ) : (
        <>
          {enough.length > 0 ? (
            <ul className="insights-sentences">
              {enough.map((p) => (
                <li key={`${p.kind}-${p.phase}`}>{phaseSentence(p)}</li>
              ))}
            </ul>
          ) : (
            <p className="insights-needs">
              No treatment has {MIN_RATED_SESSIONS} rated sessions in any phase yet. Rate your pain
              before and after each session (the guided timers ask for you).
            </p>
          )}
          {charted.length > 0 ? (
            <PhaseChart phases={phases} kinds={charted} table={<PhaseTable phases={phases} />} />
          ) : (
            <PhaseTable phases={phases} />
          )}
        </>
      )}
      <HeatOrIce heatVsIce={heatVsIce} />
    </section>
  )
}
