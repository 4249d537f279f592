/**
 * Builds the task pane (which also registers the ribbon's commands) into dist/.
 *   npm run build        production: lean bundles, no source maps, manifest URLs -> ADDIN_URL
 *                        (required: https://your.host/path/, or "placeholder"; scripts/addinUrl.js;
 *                        `--env addinUrl=...` says the same, as npm run build:placeholder does)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs' certificate (served
 *                        even where its CA cannot be installed: scripts/devCertificates.js)
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBase, builtManifest, AddinUrlError } = require('./scripts/addinUrl');

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

/** The build's base URL; a production build without one stops here with one line. */
function baseUrl(dev, env) {
  try {
    return addinBase({ production: !dev, addinUrl: env.addinUrl ?? process.env.ADDIN_URL });
  } catch (error) {
    if (!(error instanceof AddinUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const base = baseUrl(dev, env ?? {});
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      // In this order, each run before the next is fetched (OfficeDev/office-js#5176): the
      // ribbon's command is associated before the pane's large bundle arrives.
      chunksSortMode: 'manual',
      scriptLoading: 'blocking',
      inject: 'body',
      // The templates put the CSP meta first in <head>, before any script it governs.
      templateParameters: { csp: CSP },
    });

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based maps: they would need 'unsafe-eval' in the CSP.
    devtool: dev ? 'source-map' : false,
    // One page for the pane and the ribbon (the manifest's shared runtime). The ribbon's commands
    // are their own bundle, without React or Fluent, run first so a first click finds its command
    // associated (src/commands/commands.ts); the pane's bundle depends on it, so the adapter and
    // the workflow (and the ribbon's outcome kept in memory) are one copy shared by both.
    entry: {
      commands: './src/commands/commands.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'commands' },
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
      page('taskpane', './src/taskpane/taskpane.html', ['commands', 'vendor', 'taskpane']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'src/taskpane/webview-check.js', to: 'webview-check.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => builtManifest(content.toString(), base),
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
