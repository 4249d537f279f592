// Where a production build of the add-in will be served from, and the manifest that points there.
// A release build names its host with ADDIN_URL=https://your.host/rag-plan/; a build for the
// tests (or a look at the bundle) asks for the placeholder with ADDIN_URL=placeholder. A
// production build that names neither stops with one line: a manifest silently pointing at a
// placeholder host would install an add-in that never loads.

/** The URLs manifest.xml is written with: the dev server's. */
const DEV_URL = 'https://localhost:3000/';
/** Stands in for a real host until one is chosen; never answers. */
const PLACEHOLDER_URL = 'https://rag-plan.example.org/';

class AddinUrlError extends Error {}

/** The base URL (ending in "/") for a build: the dev server's, the placeholder, or ADDIN_URL. */
function addinBase({ production, addinUrl }) {
  if (!production) return DEV_URL;
  if (!addinUrl)
    throw new AddinUrlError(
      'npm run build needs ADDIN_URL=https://your.host/path/ (where the add-in will be served from), or ADDIN_URL=placeholder for a build that will not be installed.'
    );
  if (addinUrl === 'placeholder') return PLACEHOLDER_URL;
  if (!/^https:\/\/[^/\s]+(\/\S*)?$/.test(addinUrl))
    throw new AddinUrlError(`ADDIN_URL must be an https URL, got "${addinUrl}".`);
  return addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
}

/** The manifest with every dev-server URL pointing at `base` instead. */
function builtManifest(xml, base) {
  return xml.split(DEV_URL).join(base);
}

module.exports = { addinBase, builtManifest, AddinUrlError, DEV_URL, PLACEHOLDER_URL };
