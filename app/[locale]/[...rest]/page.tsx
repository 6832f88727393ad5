import { notFound } from 'next/navigation';

// Any path under a language that matches no page gets that language's 404.
export default function CatchAll() {
  notFound();
}
