import { ONSET_WINDOW_HOURS } from '@shared/clinical/factors'
import { MIN_ONSETS } from '@shared/clinical/insights'
import { MIN_RATED_SESSIONS } from '@shared/clinical/thresholds'

/** The short note on what these numbers can and cannot say. */
export function HowToRead() {
  return (
    <section className="card how-to-read" aria-labelledby="insights-how-to-read">
      <h2 id="insights-how-to-read">How to read this</h2>
      <ul>
        <li>
          These are patterns in your own diary, not causes. “Was present before” means you recorded
          it in the {ONSET_WINDOW_HOURS} hours before a spasm started; “was followed by” means what
          your pain did after a session. Something can come before spasms by chance, or because of
          something else that goes with it.
        </li>
        <li>
          Every figure says how many spasms, days or sessions it rests on. Factors are compared once{' '}
          {MIN_ONSETS} spasms have their checklist answered; a treatment’s numbers show once it has{' '}
          {MIN_RATED_SESSIONS} sessions rated before and after.
        </li>
        <li>
          Talk to your healthcare provider before you change what you do because of these numbers.
        </li>
      </ul>
    </section>
  )
}
