import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { GECKO_ID, firefoxManifest } from '../../scripts/lib/firefox-manifest';

describe('firefoxManifest', () => {
  const firefox = firefoxManifest(manifest);

  it('runs the same background module as an event page', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
  });

  it('turns the side panel into a sidebar_action on the same page and drops the Chrome-only permission', () => {
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: manifest.side_panel.default_path });
    expect(firefox.permissions).toEqual(manifest.permissions.filter((p) => p !== 'sidePanel'));
  });

  it('declares an add-on id and the first Firefox with the Custom Highlight API', () => {
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: '140.0' },
    });
  });

  it('keeps everything else as it is', () => {
    expect(firefox.content_scripts).toEqual(manifest.content_scripts);
    expect(firefox.action).toEqual(manifest.action);
    expect(firefox.manifest_version).toBe(3);
  });
});
