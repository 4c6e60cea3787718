import { GuidedTimers } from '@renderer/features/timers/GuidedTimers'
import { TreatmentsPage } from '@renderer/features/treatments/TreatmentsPage'

/** Treatments, with the guided timers beside the quick log. */
export function TreatmentsRoute() {
  return <TreatmentsPage timers={<GuidedTimers />} />
}
