import type { EpisodeFlag } from '@shared/domain/episode'
import { TIER_SYMBOL } from '@renderer/components/TierBadge'
import './episodes.css'

/** An episode's flags in words, each with its tier's symbol; nothing when there are none. */
export function EpisodeFlags({ flags }: { flags: readonly EpisodeFlag[] }) {
  if (flags.length === 0) return null
  return (
    <ul className="flags" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag.code} className={`flag flag--${flag.tier}`}>
          <span aria-hidden="true">{TIER_SYMBOL[flag.tier]} </span>
          {flag.label}
        </li>
      ))}
    </ul>
  )
}
