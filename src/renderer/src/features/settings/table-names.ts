/** The diary's tables in words, for "Diary restored (12 check-ins, …)". */
export const TABLE_NAMES: Record<string, string> = {
  episodes: 'episodes',
  checkins: 'check-ins',
  checkin_symptoms: 'ticked warning signs',
  treatments: 'treatments',
  settings: 'settings',
  alert_acknowledgements: 'acknowledged alerts',
  peg_scores: 'weekly PEG answers',
  onset_checklists: 'answered “24 hours before” checklists',
  onset_factors: 'factors before episodes',
  day_checklists: 'evenings with today’s factors',
  day_factors: 'factors ticked on evenings',
}
