/**
 * `npm start` on a machine where the dev certificate's CA cannot be installed (no sudo, a
 * locked-down laptop): the dev server still serves https on port 3000 with the generated
 * certificate, and says in one paragraph what to do, with no stack trace.
 *
 * The sandbox: a fresh HOME (so a new certificate is made) and a `sudo` on PATH that fails as a
 * machine without sudo does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..');
const { trustAdvice, reasonOf } = require('../scripts/devCertificates') as {
  trustAdvice: (reason: string, platform?: string) => string;
  reasonOf: (error: unknown) => string;
};

function get(
  url: string,
  ca: Buffer
): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ca, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          csp: res.headers['content-security-policy'] as string | undefined,
        })
      );
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

async function untilServed(
  url: string,
  caPath: string,
  child: ChildProcess,
  deadline: number,
  output: () => string
) {
  let last: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    try {
      return await get(url, readFileSync(caPath));
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  throw new Error(`nothing served at ${url}: ${String(last)}`);
}

describe('npm start where the dev CA cannot be installed', () => {
  let sandbox: string;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(() => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'rag-plan-devcert-'));
    mkdirSync(path.join(sandbox, 'bin'));
    const sudo = path.join(sandbox, 'bin', 'sudo');
    writeFileSync(sudo, '#!/bin/sh\necho "sudo: a password is required" >&2\nexit 1\n');
    chmodSync(sudo, 0o755);
  });

  afterAll(() => {
    // The whole process group: npm start -> npx -> webpack serve.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(sandbox, { recursive: true, force: true });
  });

  it('serves the task pane over https with the generated certificate and says how to trust it', async () => {
    child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        HOME: sandbox,
        PATH: `${path.join(sandbox, 'bin')}${path.delimiter}${process.env.PATH}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));

    const caPath = path.join(sandbox, '.office-addin-dev-certs', 'ca.crt');
    // The certificate is verified against the generated CA: this is the dev certificate, not any.
    const page = await untilServed(
      'https://localhost:3000/taskpane.html',
      caPath,
      child,
      Date.now() + 200_000,
      () => output
    );

    expect(page.status).toBe(200);
    expect(page.body).toContain('taskpane');
    expect(page.csp).toContain("default-src 'self'");
    expect(output).toContain('does not trust that certificate yet');
    expect(output).toContain('a password is required');
    expect(output).toContain(caPath);
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  }, 240_000);
});

describe('trust advice', () => {
  it('names the reason, the certificate and a step for each platform', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const text = trustAdvice('sudo: not found', platform);
      expect(text).toContain('installing it failed: sudo: not found');
      expect(text).toContain('ca.crt');
      expect(text).toContain('https://localhost:3000/taskpane.html');
    }
    expect(trustAdvice('x', 'linux')).toContain('update-ca-certificates');
    expect(trustAdvice('x', 'darwin')).toContain('Keychain Access');
    expect(trustAdvice('x', 'win32')).toContain('answer Yes');
  });

  it('keeps only the first line of the failure, without the library prefix', () => {
    const error = new Error(
      'Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n    at foo (x.js:1:2)'
    );
    expect(reasonOf(error)).toBe('/bin/sh: 1: sudo: not found');
  });
});
