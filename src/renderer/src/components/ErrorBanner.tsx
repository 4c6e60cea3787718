/** A whole-screen or form-level failure, said in words and never as a blank screen. */
export function ErrorBanner({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div className="banner banner--error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  )
}
