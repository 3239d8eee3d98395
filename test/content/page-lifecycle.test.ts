// @vitest-environment happy-dom
/* The article script's page lifecycle: back from the back/forward cache, and left behind by its extension. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPageLifecycle } from '../../src/content/page-lifecycle';

// The lifecycle's default liveness check reaches the extension API; every test here passes its own.
vi.mock('webextension-polyfill', () => ({ default: {} }));

// happy-dom's PageTransitionEvent ignores its init; the lifecycle reads only `persisted`.
const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });

const watching: (() => void)[] = [];
/** A lifecycle whose extension is there while `state.alive`. */
function watch(state = { alive: true }) {
  const onRestored = vi.fn();
  const onOrphaned = vi.fn();
  const lifecycle = watchPageLifecycle({ onRestored, onOrphaned, alive: () => state.alive });
  // After the test, the extension goes: the lifecycle stops listening, as an orphan's does.
  watching.push(() => {
    state.alive = false;
    lifecycle.leaveIfOrphaned();
  });
  return { lifecycle, onRestored, onOrphaned, state };
}

afterEach(() => {
  for (const end of watching.splice(0)) end();
});

describe('the page lifecycle and the back/forward cache (issue #22)', () => {
  it('asks to annotate again when the page comes back from the cache, not on an ordinary show', () => {
    const { onRestored } = watch();
    dispatchEvent(pageShow(false));
    expect(onRestored).not.toHaveBeenCalled();
    dispatchEvent(pageShow(true));
    expect(onRestored).toHaveBeenCalledTimes(1);
  });

  it('leaves instead when the page comes back after its extension went', () => {
    const { onRestored, onOrphaned, state } = watch();
    state.alive = false;
    dispatchEvent(pageShow(true));
    expect(onOrphaned).toHaveBeenCalledTimes(1);
    expect(onRestored).not.toHaveBeenCalled();
  });
});

describe('the page lifecycle of an orphaned article script', () => {
  it('does nothing at the reader’s moves while the extension is there', () => {
    const { onOrphaned } = watch();
    for (const type of ['pointerover', 'focusin', 'keydown'])
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onOrphaned).not.toHaveBeenCalled();
  });

  it('leaves when the reader comes back to the tab after the extension went', () => {
    const { onOrphaned, state } = watch();
    state.alive = false;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(onOrphaned).toHaveBeenCalledTimes(1);
  });

  it('leaves at the reader’s next move once the extension is gone, once, and hears nothing after', () => {
    const { onOrphaned, onRestored, state } = watch();
    state.alive = false;
    document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(onOrphaned).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    dispatchEvent(pageShow(true));
    expect(onOrphaned).toHaveBeenCalledTimes(1);
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('leaves at once when asked after a failed request, and only if the extension is gone', () => {
    const { lifecycle, onOrphaned, state } = watch();
    expect(lifecycle.leaveIfOrphaned()).toBe(false);
    expect(onOrphaned).not.toHaveBeenCalled();
    state.alive = false;
    expect(lifecycle.leaveIfOrphaned()).toBe(true);
    expect(lifecycle.leaveIfOrphaned()).toBe(true);
    expect(onOrphaned).toHaveBeenCalledTimes(1);
  });
});
