import { migration001 } from './001-initial-schema'
import { migration002 } from './002-alert-acknowledgements'
import { migration003 } from './003-application-id'
import { migration004 } from './004-notes-for-doctor'
import { migration005 } from './005-peg-scores'
import { migration006 } from './006-factors'
import { migration007 } from './007-experiments'
import { migration008 } from './008-daily-summary'
import { migration009 } from './009-leg-sides'
import { migration010 } from './010-daily-pain'
import { migration011 } from './011-doctor-note-indexes'
import { migration012 } from './012-covering-treatment-indexes'
import { migration013 } from './013-treatments-by-kind'
import { migration014 } from './014-treatment-days'
import { migration015 } from './015-drop-outside-episodes-index'
import type { Migration } from './migration'

/** Every migration, oldest first. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
]

export const LATEST_SCHEMA_VERSION = migrations.length
