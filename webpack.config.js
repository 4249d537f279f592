/**
 * Builds the task pane (which also registers the ribbon's commands) into dist/.
 *   npm run build        production: lean bundles, no source maps, manifest URLs -> ADDIN_URL
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs' certificate (served
 *                        even where its CA cannot be installed: scripts/devCertificates.js)
 */
const path = require('node:path');
const { URL } = require('node:url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
// Where the built add-in will be hosted. The placeholder keeps a production build well formed
// until a real host is chosen; set ADDIN_URL=https://your.host/path/ when building for release.
const PLACEHOLDER_URL = 'https://rag-plan.example.org/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/** Only the add-in's own origin and Office's script host; no other network access at all. */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS}`,
  // Fluent UI (Griffel) inserts its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function addinUrl() {
  const url = process.env.ADDIN_URL || PLACEHOLDER_URL;
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(url))
    throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return url.endsWith('/') ? url : `${url}/`;
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const base = dev ? DEV_URL : addinUrl();
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      // The templates put the CSP meta first in <head>, before any script it governs.
      templateParameters: { csp: CSP },
    });

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based maps: they would need 'unsafe-eval' in the CSP.
    devtool: dev ? 'source-map' : false,
    // One page for the pane and the ribbon (the manifest's shared runtime): the ribbon's commands
    // are registered by the same bundle, without either importing the other.
    entry: {
      taskpane: ['./src/commands/commands.ts', './src/taskpane/index.tsx'],
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    optimization: {
      // React and Fluent go in a vendor chunk, cached apart from the add-in's own code.
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: (chunk) => chunk.name === 'taskpane',
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'src/taskpane/webview-check.js', to: 'webview-check.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Page and icon URLs take the full base; AppDomain takes its origin.
            transform: (content) =>
              content
                .toString()
                .split(DEV_URL)
                .join(base)
                .split(DEV_URL.slice(0, -1))
                .join(new URL(base).origin),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      // Loopback only: the dev server is for this machine's Excel, not the network.
      host: 'localhost',
      headers: { 'Content-Security-Policy': CSP },
      // Loaded only by `webpack serve`: a build needs no certificate.
      server: env.WEBPACK_SERVE
        ? { type: 'https', options: await require('./scripts/devCertificates').devHttpsOptions() }
        : undefined,
      static: false,
      hot: false,
      liveReload: true,
    },
  };
};
