// The https certificate for the dev server (https://localhost:3000), made by office-addin-dev-certs.
//
// office-addin-dev-certs' own getHttpsServerOptions() gives up when its CA cannot be installed
// (no sudo on Linux, a locked-down laptop), and then nothing is served. Here the certificate is
// made and used either way: installing the CA is tried, and when it fails one plain paragraph says
// how to trust it by hand instead of a stack trace.
const fs = require('node:fs');
const { X509Certificate } = require('node:crypto');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');

const DAY_MS = 24 * 60 * 60 * 1000;
// Where office-addin-dev-certs itself installs the CA on Debian-like systems, so that its check
// finds a CA trusted by hand and the next start does not try again.
const LINUX_CA_DIR = '/usr/local/share/ca-certificates/office-addin-dev-certs';

/** True when the localhost certificate and key exist and the certificate is good for a day more. */
function certificateUsable() {
  try {
    const cert = new X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
    fs.accessSync(defaults.localhostKeyPath, fs.constants.R_OK);
    fs.accessSync(defaults.caCertificatePath, fs.constants.R_OK);
    return Date.parse(cert.validTo) - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

function caInstalled() {
  try {
    // The library's Linux check only asks whether some CA file is there; ours must be the one.
    if (process.platform === 'linux') {
      return fs
        .readFileSync(`${LINUX_CA_DIR}/${defaults.caCertificateFileName}`)
        .equals(fs.readFileSync(defaults.caCertificatePath));
    }
    return devCerts.getCaCertificateStatus().status === devCerts.CertificateStatus.Installed;
  } catch {
    return false;
  }
}

/** The first line of why the CA could not be installed ("/bin/sh: 1: sudo: not found"). */
function reasonOf(error) {
  const text = String((error && error.message) || error).replace(
    /^Unable to install the CA certificate\.\s*/,
    ''
  );
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) || 'no reason given'
  );
}

/** What to do once, by hand, when the CA could not be installed: per platform, in plain words. */
function trustAdvice(reason, platform = process.platform) {
  const ca = defaults.caCertificatePath;
  const byPlatform = {
    linux:
      `To trust it for every program (as root; put sudo before each command if you are not): ` +
      `mkdir -p ${LINUX_CA_DIR} && cp "${ca}" ${LINUX_CA_DIR}/ && update-ca-certificates. Chrome and Edge on Linux keep their own list: ` +
      `Settings > Privacy and security > Security > Manage certificates > Authorities > Import, and choose that file.`,
    darwin: `To trust it, run "npx office-addin-dev-certs install" in Terminal and enter your password when asked, or open "${ca}" in Keychain Access and set it to Always Trust.`,
    win32: `To trust it, run "npx office-addin-dev-certs install" and answer Yes when Windows asks to install the certificate, or ask IT to add "${ca}" to your trusted root authorities.`,
  };
  return [
    '',
    `RAG Plan dev server: the add-in is served on https://localhost:3000 with the dev certificate, but this machine does not trust that certificate yet (installing it failed: ${reason}).`,
    byPlatform[platform] || byPlatform.linux,
    'Or, just for this browser: open https://localhost:3000/taskpane.html once and accept the warning (Advanced > Proceed to localhost); Excel on the web in that browser then loads the add-in.',
    '',
  ].join('\n');
}

/**
 * https options for webpack-dev-server: the dev certificate, made when missing or about to expire,
 * with its CA installed where that is allowed. Never throws for a CA that cannot be installed.
 */
async function devHttpsOptions(log = (text) => process.stderr.write(`${text}\n`)) {
  if (!certificateUsable()) {
    devCerts.deleteCertificateFiles(defaults.certificateDirectory);
    await devCerts.generateCertificates();
  }
  if (!caInstalled()) {
    try {
      await devCerts.installCaCertificate();
    } catch (error) {
      log(trustAdvice(reasonOf(error)));
    }
  }
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { devHttpsOptions, trustAdvice, reasonOf };
