/** Renders an extension page's Preact app into #app, with the shared theme on <html>. */
import { render, type ComponentChild } from 'preact';
import { browser } from '../platform/browser';

export function mountPage(app: ComponentChild): void {
  document.documentElement.classList.add('theme');
  document.documentElement.lang = browser.i18n.getUILanguage();
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element to render into.');
  render(app, root);
}
