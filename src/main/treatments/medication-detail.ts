/**
 * What "what works" groups sessions by besides their kind (alias `t`): medication by the detail
 * typed, so each medication gets its own row (docs/clinical-rules.md#treatments); other kinds
 * by kind alone. treatmentGroups joins spellings that differ only in case and spaces.
 */
export const MEDICATION_DETAIL = `CASE WHEN t.kind = 'medication' THEN t.detail END`
