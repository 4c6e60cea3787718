export function ComingSoonPage({ title, description }: { title: string; description: string }) {
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title}</h1>
      </header>
      <div className="card">
        <p>
          <strong>Coming soon.</strong> {description}
        </p>
      </div>
    </div>
  )
}
