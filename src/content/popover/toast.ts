/**
 * A short note at the foot of the window after the reader changed something from a card ("“Assad” is no longer
 * highlighted"), with an Undo button, announced to screen readers. It outlives the card and the session: the
 * change itself re-annotates the page, which replaces both. Like the card it sits in a closed shadow root on a plain
 * `<div>` (the page can neither read nor rewrite it), and it is built with text nodes only.
 */
import { createOwnHost } from './mount';

/** Marks the note's box inside the closed root (tests read it there, as they read the card). */
export const TOAST_ATTRIBUTE = 'data-backstory-toast';

/** How long the note stays when the reader leaves it alone; pointer or focus on it holds it. */
export const TOAST_MS = 10_000;

const CSS = `
.toast {
  position: fixed;
  left: 12px;
  right: 12px;
  bottom: 16px;
  width: fit-content;
  max-width: 560px;
  margin: 0 auto;
  box-sizing: border-box;
  display: flex;
  align-items: center;
  gap: 12px;
  padding: 6px 6px 6px 16px;
  border-radius: 12px;
  background: #1f2328;
  color: #f6f8fa;
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.28);
  pointer-events: auto;
}
.toast__text { flex: 1 1 auto; }
.toast__button {
  flex: none;
  min-height: 44px;
  min-width: 44px;
  padding: 0 14px;
  border: 0;
  border-radius: 8px;
  background: transparent;
  color: #8dd3ff;
  font: inherit;
  font-weight: 600;
  white-space: nowrap;
  cursor: pointer;
}
.toast__button:hover { background: rgb(255 255 255 / 0.1); }
.toast__button:focus-visible { outline: 2px solid #8dd3ff; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  .toast { animation: toast-in 160ms ease-out; }
  @keyframes toast-in { from { opacity: 0; transform: translateY(8px); } }
}
`;

let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> | undefined } | null = null;

/** Removes the note, if one is shown. */
export function dismissToast(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

/**
 * Shows `message` with an Undo button (replacing any note shown before). `focus`: move the keyboard focus to
 * Undo, for a reader who acted from the keyboard (their focus was in the card, which is gone).
 */
export function showUndoToast(
  message: string,
  undoLabel: string,
  onUndo: () => void,
  { focus = false, lang, doc = document }: { focus?: boolean; lang?: string; doc?: Document } = {},
): void {
  dismissToast();
  const host = createOwnHost(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute(TOAST_ATTRIBUTE, '');
  box.setAttribute('role', 'status');
  if (lang) box.lang = lang;
  const text = doc.createElement('span');
  text.className = 'toast__text';
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.className = 'toast__button';
  undo.textContent = undoLabel;
  undo.addEventListener('click', () => {
    dismissToast();
    onUndo();
  });
  box.append(text, undo);
  shadow.append(style, box);
  doc.documentElement.append(host);
  // The words go in once the live region is in the page: a region inserted with its text is not always announced.
  setTimeout(() => (text.textContent = message), 50);

  const entry = { host, timer: undefined as ReturnType<typeof setTimeout> | undefined };
  current = entry;
  const arm = () => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => current === entry && dismissToast(), TOAST_MS);
  };
  const hold = () => clearTimeout(entry.timer);
  // Held while the reader points at it or is on its button (WCAG 2.2.1: enough time to act).
  box.addEventListener('pointerenter', hold);
  box.addEventListener('pointerleave', arm);
  box.addEventListener('focusin', hold);
  box.addEventListener('focusout', arm);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismissToast();
  });
  arm();
  if (focus) undo.focus();
}
