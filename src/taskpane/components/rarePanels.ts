/**
 * The panels a user opens rarely, each a chunk of its own fetched when first opened, so the
 * pane's first load carries only what its first view shows (docs/performance.md).
 */
export const loadSettingsPanel = () =>
  import(/* webpackChunkName: "settings" */ './SettingsPanel').then((m) => m.SettingsPanel);

export const loadNewPlanPanel = () =>
  import(/* webpackChunkName: "newplan-panel" */ './NewPlanPanel').then((m) => m.NewPlanPanel);
