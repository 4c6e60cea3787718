/** The code a Node or SQLite error carries (`ENOSPC`, `SQLITE_BUSY`…), or '' when it has none. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : ''
}
