/** Renders an extension page's Preact app into #app, with the shared theme (system, or forced) on <html>. */
import { render, type ComponentChild } from 'preact';
import { interfaceLanguage } from './i18n';
import { loadSettings, watchSettings } from '../platform/settings-store';
import type { Settings } from '../settings';

/** Sets or clears the forced theme on an element that carries the card's CSS variables. */
export function applyTheme(element: HTMLElement, theme: Settings['theme']): void {
  if (theme === 'system') element.removeAttribute('data-theme');
  else element.setAttribute('data-theme', theme);
  // Native controls (checkboxes, selects, scrollbars) follow the forced theme too.
  element.style.colorScheme = theme === 'system' ? '' : theme;
}

export function mountPage(app: ComponentChild): void {
  const html = document.documentElement;
  html.classList.add('theme');
  html.lang = interfaceLanguage();
  void loadSettings().then((settings) => applyTheme(html, settings.theme));
  watchSettings((settings) => applyTheme(html, settings.theme));
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element to render into.');
  render(app, root);
}
