/**
 * A section of the side panel below the cast, shut until the reader opens it: its heading says how many things it
 * holds, so the panel reads at a glance. The reader's choice is kept for the next article (in this extension
 * page's own storage, never sent anywhere).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

const KEY = 'backstory.panel.open.';

function remembered(id: string, fallback: boolean): boolean {
  try {
    const value = localStorage.getItem(KEY + id);
    return value === null ? fallback : value === '1';
  } catch {
    return fallback;
  }
}

interface Props {
  id: string;
  heading: string;
  /** How many entries the section holds, shown beside its heading. */
  count: number;
  /** Open before the reader has chosen. */
  openByDefault?: boolean;
  children: ComponentChildren;
}

export function Section({ id, heading, count, openByDefault = false, children }: Props) {
  const [open, setOpen] = useState(() => remembered(id, openByDefault));
  return (
    <details
      class="panel__section fold"
      data-section={id}
      open={open}
      onToggle={(event) => {
        const now = (event.currentTarget as HTMLDetailsElement).open;
        setOpen(now);
        try {
          localStorage.setItem(KEY + id, now ? '1' : '0');
        } catch {
          // Storage refused (a private window's quota): the section still opens and shuts.
        }
      }}
    >
      <summary class="fold__summary">
        <h2 id={`${id}-heading`} class="section__heading fold__heading">
          {heading} <span class="muted fold__count">({count})</span>
        </h2>
      </summary>
      {children}
    </details>
  );
}
