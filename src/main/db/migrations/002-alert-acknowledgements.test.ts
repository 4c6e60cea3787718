import { describe, expect, it } from 'vitest'
import { migratedPerTest, strictTables } from '../../../../testing/migration-db'
import { migration002 } from './002-alert-acknowledgements'
import { LATEST_SCHEMA_VERSION, migrations } from './index'

const fresh = migratedPerTest(migration002)

function ack(values: Record<string, unknown> = {}) {
  const row = {
    key: 'symptom:saddle_numbness:3',
    tier: 'emergency',
    title: 'Numbness around the genitals, buttocks or inner thighs',
    reason: 'You ticked it on your morning check-in.',
    advice: 'Seek care now.',
    recorded_on: '2026-11-24',
    source_kind: 'checkin',
    source_id: 3,
    acknowledged_at: '2026-11-25T08:00:00.000Z',
    ...values,
  }
  return fresh.db
    .prepare(
      `INSERT INTO alert_acknowledgements (key, tier, title, reason, advice, recorded_on,
         source_kind, source_id, acknowledged_at)
       VALUES (:key, :tier, :title, :reason, :advice, :recorded_on, :source_kind, :source_id,
         :acknowledged_at)`,
    )
    .run(row)
}

describe('migration 002: alert acknowledgements', () => {
  it('is registered at its version', () => {
    expect(migrations[migration002.version - 1]).toBe(migration002)
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(migration002.version)
  })

  it('creates a STRICT table and accepts a valid acknowledgement', () => {
    expect(strictTables(fresh.db, ['alert_acknowledgements'])).toEqual([
      { name: 'alert_acknowledgements', strict: 1 },
    ])
    expect(ack().changes).toBe(1)
    expect(ack({ key: 'history:ivDrugUse:episode:1', source_kind: 'setting' }).changes).toBe(1)
  })

  it('stores one acknowledgement per alert key', () => {
    ack()
    expect(() => ack()).toThrow(/UNIQUE|PRIMARY KEY/)
  })

  it.each([
    ['an unknown tier', { tier: 'critical' }],
    ['an empty key', { key: '' }],
    ['an impossible date', { recorded_on: '2026-02-30' }],
    ['an unknown source', { source_kind: 'treatment' }],
    ['a source id as text', { source_id: 'three' }],
    ['no time', { acknowledged_at: null }],
  ])('rejects %s', (_label, values) => {
    expect(() => ack(values)).toThrow(/CHECK|NOT NULL|cannot store/)
  })
})
