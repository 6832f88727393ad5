// Paths outside any language (rare: the proxy sends unprefixed paths to a language first).
export default function GlobalNotFound() {
  return (
    <html lang="ru">
      <body>
        <main className="container not-found">
          <h1>Страница не найдена</h1>
          <p lang="az">Səhifə tapılmadı</p>
          <p lang="en">Page not found</p>
          <p>
            <a href="/ru">Bureau</a>
          </p>
        </main>
      </body>
    </html>
  );
}
