import type { Table } from '../db/table'
import {
  ALERT_ACKNOWLEDGEMENTS,
  CHECKIN_SYMPTOMS,
  CHECKINS,
  DAY_CHECKLISTS,
  DAY_FACTORS,
  EPISODES,
  EXPERIMENT_DAYS,
  EXPERIMENTS,
  ONSET_CHECKLISTS,
  ONSET_FACTORS,
  PEG_SCORES,
  SETTINGS,
  TREATMENTS,
} from '../db/tables'

/** Every table a backup carries, parents first: restore inserts in this order, deletes in reverse. */
export const BACKUP_TABLES: readonly Table[] = [
  EPISODES,
  CHECKINS,
  CHECKIN_SYMPTOMS,
  TREATMENTS,
  SETTINGS,
  ALERT_ACKNOWLEDGEMENTS,
  PEG_SCORES,
  // Each checklist before its factors.
  ONSET_CHECKLISTS,
  ONSET_FACTORS,
  DAY_CHECKLISTS,
  DAY_FACTORS,
  // Each experiment before its days.
  EXPERIMENTS,
  EXPERIMENT_DAYS,
]
