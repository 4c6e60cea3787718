import type { z } from 'zod'

/**
 * One table as SQLite stores it, said once: its name, its columns with their types and limits
 * (the row schema, repeating the CHECKs of its migration so a damaged or edited backup is
 * refused), and which columns hold local dates. The repositories' row types and column lists,
 * the JSON backup and the CSV and FHIR exports all read it.
 */
export interface Table {
  /** The table's name in SQLite and in the backup file. */
  readonly name: string
  /** Every column, in the order rows are written back: the row schema's keys. */
  readonly columns: readonly string[]
  readonly row: z.ZodType<Record<string, unknown>>
  /** A table added after backup format 1 shipped: older backups lack it and restore it empty. */
  readonly optional: boolean
  /** Columns holding a local date (or a local time starting with one) that cannot be future. */
  readonly dates: readonly string[]
}

type RowSchema = z.ZodObject<z.ZodRawShape> & z.ZodType<Record<string, unknown>>
type ColumnOf<S extends RowSchema> = keyof z.output<S> & string

/** A table whose columns and row type are known to the compiler. */
export interface TableOf<S extends RowSchema> extends Table {
  readonly columns: readonly ColumnOf<S>[]
  readonly row: S
  readonly dates: readonly ColumnOf<S>[]
}

export function defineTable<S extends RowSchema>(
  name: string,
  row: S,
  options: { dates?: readonly ColumnOf<S>[]; optional?: boolean } = {},
): TableOf<S> {
  return {
    name,
    row,
    columns: Object.keys(row.shape),
    optional: options.optional ?? false,
    dates: options.dates ?? [],
  }
}

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S

/** A stored row as a repository reads it: the table's columns under camelCase names. */
export type CamelRow<T extends TableOf<RowSchema>> = {
  [K in ColumnOf<T['row']> as Camel<K>]: z.output<T['row']>[K]
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** `c.stiffness_minutes AS stiffnessMinutes, …`: the columns as a `CamelRow` reads them. */
export function selectCamel<S extends RowSchema>(
  table: TableOf<S>,
  alias: string,
  columns: readonly ColumnOf<S>[] = table.columns,
): string {
  return columns
    .map((c) => (camel(c) === c ? `${alias}.${c}` : `${alias}.${c} AS ${camel(c)}`))
    .join(', ')
}
