import { notFound } from 'next/navigation';

// Any path under a language that matches no page gets that language's 404.
export default function CatchAll() {
  notFound();
}

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
