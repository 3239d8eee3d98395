import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../background/fake-browser';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { activeTab, shortcuts } = await import('../../src/popup/tab-status');

describe('popup tab status', () => {
  it('lists the commands with a description, blank when no key is set', async () => {
    fake.commands.getAll = async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+B' },
      { name: 'next-entity', description: 'Next name', shortcut: 'Alt+Shift+J' },
      { name: 'toggle', description: 'On or off' },
    ];
    expect(await shortcuts()).toEqual([
      { name: 'next-entity', description: 'Next name', shortcut: 'Alt+Shift+J' },
      { name: 'toggle', description: 'On or off', shortcut: '' },
    ]);
  });

  it('has no shortcuts when the manifest declares none', async () => {
    fake.commands.getAll = async () => [];
    expect(await shortcuts()).toEqual([]);
  });

  it('asks the background about the active tab; opened as a tab itself, about the last other one', async () => {
    const asked: unknown[] = [];
    fake.runtime.sendMessage = async (message: unknown) => {
      asked.push(message);
      return { ok: true, value: { hostname: 'news.example', entities: 3 } };
    };
    fake.tabs.query = async () => [
      { id: 1, windowId: 9, lastAccessed: 10 },
      { id: 2, windowId: 9, lastAccessed: 30 },
      { id: 3, windowId: 9, lastAccessed: 20 },
    ];
    fake.tabs.getCurrent = async () => ({ id: 2 });
    expect(await activeTab()).toEqual({ tabId: 3, windowId: 9, hostname: 'news.example', entities: 3 });
    expect(asked).toEqual([{ type: 'getTabStatus', payload: { tabId: 3 } }]);
  });
});
