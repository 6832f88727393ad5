import type { ReactNode } from 'react';
import { type Run, type TypographyLocale, unbreakableRuns } from '@/lib/typography';

/**
 * Parts of a text as React children: plain strings, and <span className="nowrap"> for the groups a line must
 * not break inside (lib/typography.ts). The text itself is unchanged: its textContent is exactly the input.
 * A text with no group gives the plain string back.
 */
export function renderRuns(runs: readonly Run[]): ReactNode {
  if (runs.length === 1 && !runs[0]?.nowrap) return runs[0]?.text;
  return runs.map((run, i) =>
    run.nowrap ? (
      <span key={i} className="nowrap">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

/** A plain text (a headline, a lead, a caption) in the language it is written in, kept from breaking badly. */
export function Typeset({ text, locale }: { text: string; locale: TypographyLocale }) {
  return <>{renderRuns(unbreakableRuns(text, locale))}</>;
}
