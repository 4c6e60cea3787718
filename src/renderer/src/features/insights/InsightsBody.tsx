import { memo } from 'react'
import type { Insights } from '@shared/domain/insights'
import { EarlySignsSection } from './EarlySignsSection'
import { FactorsSection } from './FactorsSection'
import { RecoverySection } from './RecoverySection'
import { StandsOut } from './StandsOut'
import { WhatHelpsSection } from './WhatHelpsSection'
import './insights.css'

/** The range the page opens on: insights need more than a few weeks. */
export const INSIGHTS_DEFAULT_PRESET = '1Y'

/** Everything main found in the range, drawn again only when a new answer arrives. */
export const InsightsBody = memo(function InsightsBody({ insights }: { insights: Insights }) {
  return (
    <>
      <StandsOut insights={insights} />
      <FactorsSection factors={insights.factors} />
      <RecoverySection recovery={insights.recovery} />
      <WhatHelpsSection phases={insights.phases} heatVsIce={insights.heatVsIce} />
      <EarlySignsSection earlySigns={insights.earlySigns} />
    </>
  )
})
