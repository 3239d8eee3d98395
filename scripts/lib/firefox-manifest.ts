/**
 * Firefox reads the same MV3 manifest with three differences: no service worker (an event page runs the same
 * module), a sidebar_action instead of side_panel, and an add-on id. Derived here so the two never drift.
 */
type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  side_panel?: { default_path: string };
  permissions?: string[];
  action?: { default_icon?: unknown; default_title?: string };
};

/** Gecko id of the add-on; stable so storage survives reinstalls of the unpacked build. */
export const GECKO_ID = 'backstory@backstory.invalid';

/** Firefox 140 is the first with the CSS Custom Highlight API, which the highlights need. */
export const GECKO_MIN_VERSION = '140.0';

export function firefoxManifest(chrome: Manifest): Manifest {
  const { side_panel, background, permissions, ...rest } = chrome;
  return {
    ...rest,
    background: background?.service_worker
      ? { scripts: [background.service_worker], type: background.type ?? 'module' }
      : undefined,
    permissions: (permissions ?? []).filter((p) => p !== 'sidePanel'),
    ...(side_panel && {
      sidebar_action: {
        default_panel: side_panel.default_path,
        default_title: rest.action?.default_title ?? '__MSG_extName__',
        default_icon: rest.action?.default_icon,
        open_at_install: false,
      },
    }),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
