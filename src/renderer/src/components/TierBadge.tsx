import { TIER_INFO, type Tier } from '@shared/clinical/symptoms'
import './TierBadge.css'

/** A tier in words with its own symbol, so colour is never the only signal. */
export const TIER_SYMBOL: Record<Tier, string> = { emergency: '‼', urgent: '⚠', soon: 'ℹ' }

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span className={`badge badge--tier badge--${tier}`}>
      <span aria-hidden="true">{TIER_SYMBOL[tier]} </span>
      {TIER_INFO[tier].label}
    </span>
  )
}
