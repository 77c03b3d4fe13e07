#!/usr/bin/env node
/**
 * End-to-end check of the WordPress plugin (integrations/wordpress/alibaba-cloud-footprint) in
 * Debian's WordPress 6.1, served by Debian's Apache and mod_php, with Debian's MariaDB, and of the
 * map's own iframe snippet pasted by an Administrator, and of WordPress's own oEmbed discovery of
 * the map with the plugin off. The map is built for the address it is served at (another origin).
 * Posts are written as an Author and an Administrator, then opened in Chromium at desktop and phone
 * sizes. See tests/wordpress/README.md.
 *
 *   node tests/wordpress/run.mjs          run everything, print a table, exit 0 only if all pass
 *   node tests/wordpress/run.mjs --keep   leave WordPress and the map running afterwards (Ctrl+C)
 *
 * Needs root (it starts MariaDB, an Apache instance of its own and writes
 * /etc/wordpress/config-127.0.0.1.php) and the Debian packages in PACKAGES.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { contentType, fileFor } from '../static-files.mjs';
import { privateFolder } from './state.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
/** This run's files, in a private folder of root's (see state.mjs); removed at the end. */
const STATE = privateFolder('footprint-wordpress-');
/**
 * WordPress's debug log, which Apache's PHP writes as www-data: a private folder of its own, handed
 * to www-data, since www-data may not enter STATE.
 */
const DEBUG_DIR = privateFolder('footprint-wordpress-log-');
const DEBUG_LOG = join(DEBUG_DIR, 'debug.log');

function removeState() {
  for (const folder of [STATE, DEBUG_DIR]) rmSync(folder, { recursive: true, force: true });
}
/**
 * The map this run serves: built here for the address it is served at (its oEmbed answers and
 * discovery links name that address), unless FOOTPRINT_DIST names a build to serve as it is.
 */
const DIST = resolve(process.env.FOOTPRINT_DIST ?? join(STATE, 'dist'));
const BUILD_MAP = process.env.FOOTPRINT_DIST === undefined;
const PLUGIN_SOURCE = join(ROOT, 'integrations/wordpress/alibaba-cloud-footprint');
const OUTPUT = join(ROOT, 'tests/output');
const KEEP = process.argv.includes('--keep');

export const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
  'php-cli',
];
export const APT_LINE =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ' +
  PACKAGES.join(' ');

/** Debian's layout: code in /usr/share/wordpress, wp-content in /var/lib/wordpress. */
const ABSPATH = '/usr/share/wordpress/';
const WP_CONTENT = '/var/lib/wordpress/wp-content';
/** Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the request's host. */
const WP_CONFIG = '/etc/wordpress/config-127.0.0.1.php';
/** The same site without FOOTPRINT_MAP_URL, for PHP's CLI only (WORDPRESS_CONFIG=footprint-unset). */
const WP_CONFIG_UNSET = '/etc/wordpress/config-footprint-unset.php';
const DB = { name: 'footprint_wp', user: 'footprint_wp' };
/** The map lives in a folder of its host, as on a real site. */
const MAP_PATH = '/footprint/';
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
];
/** Chromium's own GPU and WebGL noise under SwiftShader, as in tests/browser/browser.ts. */
const NOISE =
  /GPU stall due to ReadPixels|WebGL|swiftshader|GroupMarkerNotSet|Automatic fallback to software WebGL/i;

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const log = (message) => console.log(`[${seconds().padStart(5)} s] ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

// ---------------------------------------------------------------- prerequisites

function checkPrerequisites() {
  const problems = [];
  if (process.getuid?.() !== 0)
    problems.push('run as root: it starts MariaDB and Apache and writes /etc/wordpress');
  const missing = PACKAGES.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', name], {
      encoding: 'utf8',
    });
    return result.status !== 0 || !result.stdout.startsWith('ii');
  });
  if (missing.length)
    problems.push(
      `missing Debian packages: ${missing.join(' ')}\n  install them with:\n  ${APT_LINE}`,
    );
  if (BUILD_MAP && !existsSync(join(ROOT, 'node_modules/.bin/vite')))
    problems.push('no node_modules/.bin/vite: run `npm install` first');
  for (const file of BUILD_MAP ? [] : ['index.html', 'embed-resize.js']) {
    if (!existsSync(join(DIST, file))) problems.push(`no ${join(DIST, file)} in FOOTPRINT_DIST`);
  }
  if (problems.length) {
    console.error(`tests/wordpress: cannot run.\n- ${problems.join('\n- ')}`);
    console.error(`\nThe packages this check needs:\n  ${APT_LINE}`);
    removeState();
    process.exit(2);
  }
}

// ---------------------------------------------------------------- the map, on its own origin

/** Builds the map for `mapUrl`, the address it will be served at. */
function buildMap(mapUrl) {
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', DIST, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: mapUrl, NODE_ENV: 'production' },
  });
}

/** Serves the map under MAP_PATH on `port` with `Access-Control-Allow-Origin: *` on every answer. */
function serveMap(port) {
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(MAP_PATH)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const { file, status } = fileFor(DIST, path.slice(MAP_PATH.length));
    if (!file) {
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentType(file),
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

// ---------------------------------------------------------------- MariaDB

function mariadbRunning() {
  return spawnSync('mysqladmin', ['ping'], { encoding: 'utf8' }).status === 0;
}

/** Starts MariaDB if it is not running; returns whether this run started it. */
function startMariadb() {
  if (mariadbRunning()) return false;
  run('service', ['mariadb', 'start']);
  for (let i = 0; i < 50 && !mariadbRunning(); i++) spawnSync('sleep', ['0.2']);
  if (!mariadbRunning()) throw new Error('MariaDB did not start');
  return true;
}

function createDatabase(password) {
  const sql = `
    DROP DATABASE IF EXISTS \`${DB.name}\`;
    CREATE DATABASE \`${DB.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${password}';
    ALTER USER '${DB.user}'@'localhost' IDENTIFIED BY '${password}';
    GRANT ALL PRIVILEGES ON \`${DB.name}\`.* TO '${DB.user}'@'localhost';
    FLUSH PRIVILEGES;`;
  run('mysql', ['-u', 'root'], { input: sql });
}

// ---------------------------------------------------------------- Apache: an instance of our own

const APACHE_CONF = join(STATE, 'apache2.conf');
const APACHE_PID = join(STATE, 'apache2.pid');

function apacheConf(port) {
  const load = (name, file) =>
    `<IfModule !${name}>\n  LoadModule ${name} /usr/lib/apache2/modules/${file}\n</IfModule>`;
  return `# Written by tests/wordpress/run.mjs: Debian's Apache, mod_php and WordPress on 127.0.0.1:${port}.
ServerRoot /etc/apache2
DefaultRuntimeDir ${STATE}
PidFile ${APACHE_PID}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User www-data
Group www-data
ErrorLog ${STATE}/apache-error.log
LogFormat "%h %t \\"%r\\" %>s %b" short
CustomLog ${STATE}/apache-access.log short
# Debian's enabled modules (mpm_prefork and php8.2 among them), then any the site needs.
IncludeOptional /etc/apache2/mods-enabled/*.load
IncludeOptional /etc/apache2/mods-enabled/*.conf
${load('mpm_prefork_module', 'mod_mpm_prefork.so')}
${load('authz_core_module', 'mod_authz_core.so')}
${load('alias_module', 'mod_alias.so')}
${load('dir_module', 'mod_dir.so')}
${load('mime_module', 'mod_mime.so')}
${load('php_module', 'libphp8.2.so')}
<IfModule mime_module>
  TypesConfig /etc/mime.types
</IfModule>
<FilesMatch ".+\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
# The "defined virtual host" of /usr/share/doc/wordpress/examples/apache.conf.
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
Alias /wp-content ${WP_CONTENT}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WP_CONTENT}>
  Options FollowSymLinks
  Require all granted
</Directory>
`;
}

const apache = (action) =>
  run('apache2', ['-d', '/etc/apache2', '-f', APACHE_CONF, '-k', action], { allowFailure: true });

function pidAlive(file) {
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(predicate, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Stops the instance an earlier run left, if any: only ours, found by its own pid file. */
async function stopApache() {
  if (!existsSync(APACHE_CONF) || !pidAlive(APACHE_PID)) return;
  apache('stop');
  await waitFor(() => !pidAlive(APACHE_PID), 'Apache to stop');
}

async function startApache(port, origin) {
  await stopApache();
  writeFileSync(APACHE_CONF, apacheConf(port));
  run('apache2', ['-d', '/etc/apache2', '-f', APACHE_CONF, '-t']);
  const result = apache('start');
  if (result.status !== 0) throw new Error(`apache2 did not start:\n${result.stderr}`);
  await waitFor(async () => {
    try {
      return (await fetch(`${origin}/wp-includes/images/blank.gif`)).ok;
    } catch {
      return false;
    }
  }, 'Apache to answer');
}

// ---------------------------------------------------------------- WordPress

function writeWordPressConfig({ origin, mapUrl, dbPassword }) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT']
    .concat(['SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'])
    .map((key) => `define( '${key}', '${randomBytes(32).toString('hex')}' );`)
    .join('\n');
  const config = `<?php
// Written by tests/wordpress/run.mjs (Alibaba Cloud Footprint) and overwritten on every run.
define( 'DB_NAME', '${DB.name}' );
define( 'DB_USER', '${DB.user}' );
define( 'DB_PASSWORD', '${dbPassword}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', '${WP_CONTENT}' );
@@MAP@@
// PHP notices go to a log the run reads afterwards, never into the page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${DEBUG_LOG}' );
// A closed test network: no cron requests, no update checks, no calls out.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
`;
  mkdirSync(dirname(WP_CONFIG), { recursive: true });
  const wwwData = Number(run('id', ['-g', 'www-data']).stdout.trim());
  for (const [file, map] of [
    [WP_CONFIG, `define( 'FOOTPRINT_MAP_URL', '${mapUrl}' );`],
    [
      WP_CONFIG_UNSET,
      '// No FOOTPRINT_MAP_URL: the plugin should print nothing and show a notice.',
    ],
  ]) {
    writeFileSync(file, config.replace('@@MAP@@', map), { mode: 0o640 });
    chmodSync(file, 0o640);
    chownSync(file, 0, wwwData);
  }
  writeFileSync(DEBUG_LOG, '');
  const wwwDataUser = Number(run('id', ['-u', 'www-data']).stdout.trim());
  chownSync(DEBUG_LOG, wwwDataUser, wwwData);
  chownSync(DEBUG_DIR, wwwDataUser, wwwData);
}

function installPlugin() {
  const target = join(WP_CONTENT, 'plugins/alibaba-cloud-footprint');
  rmSync(target, { recursive: true, force: true });
  cpSync(PLUGIN_SOURCE, target, { recursive: true });
}

/**
 * WordPress fetches a discovered embed only from ports 80, 443 and 8080 (wp_http_validate_url).
 * The test's map runs on a free port of 127.0.0.1, so a must-use plugin of the test (not of the
 * map) allows that one port; a real map host answers on 443.
 */
function allowMapPort(port) {
  const dir = join(WP_CONTENT, 'mu-plugins');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'footprint-test-map-port.php'),
    `<?php\n// Written by tests/wordpress/run.mjs: the test map's port, for oEmbed discovery.\n` +
      `add_filter( 'http_allowed_safe_ports', function ( $ports ) { $ports[] = ${Number(port)}; return $ports; } );\n`,
  );
}

/** Runs tests/wordpress/wp.php with PHP's CLI and returns what it wrote. */
function wpPhp(mode, input) {
  const inputFile = join(STATE, `${mode}-input.json`);
  const outputFile = join(STATE, `${mode}-output.json`);
  writeFileSync(inputFile, JSON.stringify(input));
  rmSync(outputFile, { force: true });
  const result = run('php', [join(HERE, 'wp.php'), mode, inputFile, outputFile], {
    allowFailure: true,
  });
  if (result.status !== 0 || !existsSync(outputFile)) {
    throw new Error(
      `php wp.php ${mode} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return JSON.parse(readFileSync(outputFile, 'utf8'));
}

// ---------------------------------------------------------------- the posts

/**
 * Writes `cases` as posts through `wp.php MODE` and gives each case its saved post (id, address,
 * stored content); returns what wp.php said.
 */
function writePosts(mode, base, cases) {
  const written = wpPhp(mode, {
    ...base,
    posts: cases.map((post) => ({
      case: post.case,
      title: post.what,
      user: post.user,
      content: post.content,
    })),
  });
  for (const saved of written.posts) {
    if (saved.error) throw new Error(`post ${saved.case}: ${saved.error}`);
    Object.assign(
      cases.find((post) => post.case === saved.case),
      saved,
    );
  }
  return written;
}

const sentence =
  'The cloud market keeps growing, and so does the map of where it lives: new regions open, old ones expand. ';
const text = (n) => `Paragraph ${n}. ${sentence.repeat(3)}`;
const classic = (...parts) => parts.join('\n\n');
const paragraphBlock = (n) => `<!-- wp:paragraph -->\n<p>${text(n)}</p>\n<!-- /wp:paragraph -->`;
const blocks = (...parts) => parts.join('\n\n');
/** An Embed block holding `url`, as the editor saves it for the provider that answered. */
const embedBlock = (url, provider) =>
  `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"${provider}"} -->\n` +
  `<figure class="wp-block-embed is-type-rich is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

/** The map's embed view, as the iframe's src should name it: the year's embed page. */
const embedSrc = (mapUrl, year, query = '') => `${mapUrl}view/${year}/embed.html${query}`;

function posts(mapUrl, snippet) {
  const view = `${mapUrl}view/2024/sydney/`;
  return [
    {
      case: 'url-line',
      what: 'Author: map URL alone on a line (classic content)',
      user: 'author',
      content: classic(text(1), `${mapUrl}?year=2016&region=frankfurt`, text(2), text(3)),
      expect: [embedSrc(mapUrl, 2016, '?region=frankfurt')],
      pluginScript: true,
    },
    {
      case: 'embed-block',
      what: 'Author: Embed block with MAP/view/2024/sydney/',
      user: 'author',
      content: blocks(
        paragraphBlock(1),
        embedBlock(view, 'embed-handler'),
        paragraphBlock(2),
        paragraphBlock(3),
      ),
      expect: [embedSrc(mapUrl, 2024, '?region=sydney')],
      pluginScript: true,
    },
    {
      case: 'shortcode',
      what: 'Author: shortcode in a Shortcode block',
      user: 'author',
      content: blocks(
        paragraphBlock(1),
        '<!-- wp:shortcode -->\n[alibaba-cloud-map year="2026" region="paris" theme="light" lang="en" height="640"]\n<!-- /wp:shortcode -->',
        paragraphBlock(2),
        paragraphBlock(3),
      ),
      // Light is the embed's default: the address leaves it out.
      expect: [embedSrc(mapUrl, 2026, '?region=paris')],
      pluginScript: true,
    },
    {
      case: 'two-maps',
      what: 'Author: two shortcodes (classic content)',
      user: 'author',
      content: classic(
        text(1),
        '[alibaba-cloud-map year="2016" region="frankfurt"]',
        text(2),
        '[alibaba-cloud-map year="2026" theme="dark" height="400"]',
        text(3),
      ),
      expect: [embedSrc(mapUrl, 2016, '?region=frankfurt'), embedSrc(mapUrl, 2026, '?theme=dark')],
      pluginScript: true,
    },
    {
      case: 'compare',
      what: 'Author: a shortcode comparing with two other providers, one name unknown',
      user: 'author',
      content: classic(
        text(1),
        '[alibaba-cloud-map year="2026" compare="google, AWS,oracle"]',
        text(2),
        text(3),
      ),
      // The map's own order, whatever the order asked; a name the map does not know is dropped.
      expect: [embedSrc(mapUrl, 2026, '?compare=aws%2Cgoogle')],
      pluginScript: true,
    },
    {
      case: 'snippet',
      what: "Administrator: the Embed dialog's snippet in a Custom HTML block",
      user: 'admin',
      content: blocks(
        paragraphBlock(1),
        `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
        paragraphBlock(2),
        paragraphBlock(3),
      ),
      expect: [embedSrc(mapUrl, 2016, '?region=frankfurt')],
      pluginScript: false,
    },
    {
      case: 'snippet-classic',
      what: "Administrator: the Embed dialog's snippet (classic content)",
      user: 'admin',
      content: classic(text(1), snippet, text(2), text(3)),
      expect: [embedSrc(mapUrl, 2016, '?region=frankfurt')],
      pluginScript: false,
    },
  ];
}

/** With the plugin off: only WordPress's discovery of the map's view pages. */
function discoveryPosts(mapUrl) {
  const view = `${mapUrl}view/2024/sydney/`;
  return [
    {
      case: 'discovered-url',
      what: "Author, no plugin: a view's address alone on a line (classic content)",
      user: 'author',
      content: classic(text(1), `${mapUrl}view/2016/frankfurt/`, text(2), text(3)),
      expect: [embedSrc(mapUrl, 2016, '?region=frankfurt')],
      discovered: true,
    },
    {
      case: 'discovered-block',
      what: "Author, no plugin: an Embed block with a view's address",
      user: 'author',
      content: blocks(
        paragraphBlock(1),
        embedBlock(view, 'alibaba-cloud-footprint'),
        paragraphBlock(2),
        paragraphBlock(3),
      ),
      expect: [embedSrc(mapUrl, 2024, '?region=sydney')],
      discovered: true,
    },
  ];
}

// ---------------------------------------------------------------- the browser

async function launch() {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** The snippet exactly as the map's Embed dialog writes it (src/data/snippet.ts). */
async function dialogSnippet(browser, mapUrl) {
  const page = await browser.newPage();
  await page.goto(`${mapUrl}?year=2016&region=frankfurt`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.locator('#embed-snippet').inputValue();
  await page.close();
  return snippet;
}

/**
 * Opens a post and checks each map iframe on it: its src, that it fits the post's column, that its
 * height follows the content inside it, one resize script, and a quiet console.
 */
async function checkPost(browser, post, viewport, origins) {
  const page = await browser.newPage({ viewport });
  const host = [];
  const frame = [];
  page.on('pageerror', (error) => host.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (NOISE.test(text)) return;
    const url = message.location().url ?? '';
    // Chromium's own request for /favicon.ico: WordPress answers it only with rewrite rules on.
    if (/^https?:\/\/[^/]+\/favicon\.ico$/.test(url)) return;
    // Map-origin scripts run in the map's frame: the resize script in the host is the plugin's.
    const inFrame = url.startsWith(origins.map);
    (inFrame ? frame : host).push(`${type}: ${text}${url ? ` (${url})` : ''}`);
  });
  const failures = [];
  const rows = [];
  const response = await page.goto(post.url, { waitUntil: 'load' });
  if (response?.status() !== 200) failures.push(`HTTP ${response?.status()}`);

  const frames = await page.evaluate(() =>
    [...document.querySelectorAll('iframe')].map((iframe) => ({
      src: iframe.getAttribute('src'),
      sandbox: iframe.getAttribute('sandbox'),
      marked: iframe.hasAttribute('data-footprint-embed'),
    })),
  );
  // WordPress gives a discovered embed's frame a secret of its own in the fragment.
  const srcs = frames.map((f) => (post.discovered ? f.src?.replace(/#\?secret=\w+$/, '') : f.src));
  if (JSON.stringify(srcs) !== JSON.stringify(post.expect)) {
    failures.push(`iframes ${JSON.stringify(frames)}, expected src ${JSON.stringify(post.expect)}`);
  }
  for (const f of frames) {
    if (post.discovered) {
      if (f.sandbox !== 'allow-scripts')
        failures.push(`not WordPress's sandboxed oEmbed frame: ${f.src} (sandbox ${f.sandbox})`);
      if (!/#\?secret=\w+$/.test(f.src ?? '')) failures.push(`no secret in ${f.src}`);
      continue;
    }
    if (f.sandbox !== null)
      failures.push(`sandboxed iframe (WordPress's oEmbed, not ours): ${f.src}`);
    if (!f.marked) failures.push(`iframe without data-footprint-embed: ${f.src}`);
  }
  if (post.discovered) {
    // WordPress shows the frame (and hides its fallback link) once the map speaks its protocol.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('iframe.wp-embedded-content')].every(
            (f) => !f.style.cssText,
          ),
        null,
        { timeout: 30_000 },
      )
      .catch(() =>
        failures.push('WordPress kept the frame hidden: the map never spoke its protocol'),
      );
  }

  const handles = await page.$$(
    post.discovered ? 'iframe.wp-embedded-content' : 'iframe[data-footprint-embed]',
  );
  for (const [index, handle] of handles.entries()) {
    await handle.scrollIntoViewIfNeeded();
    const content = await handle.contentFrame();
    let ready = true;
    try {
      await content.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    } catch {
      ready = false;
      failures.push(`map ${index + 1} never reached data-map-state=ready`);
    }
    const measure = async () => {
      const inner = await content
        .evaluate(() => document.querySelector('.embed')?.getBoundingClientRect().height ?? null)
        .catch(() => null);
      const outer = await handle.evaluate((iframe) => {
        const box = iframe.getBoundingClientRect();
        const column = iframe.closest('.wp-block-post-content, .entry-content');
        const paragraph =
          column &&
          [...column.querySelectorAll('p')].find((p) => p.textContent.startsWith('Paragraph'));
        return {
          height: box.height,
          width: box.width,
          right: box.right,
          column: paragraph ? paragraph.getBoundingClientRect().width : null,
          style: iframe.style.height,
        };
      });
      return { inner, ...outer };
    };
    let m = await measure();
    const end = Date.now() + 10_000;
    while (ready && (m.inner === null || Math.abs(m.height - m.inner) > 2) && Date.now() < end) {
      await page.waitForTimeout(200);
      m = await measure();
    }
    const fits =
      m.column !== null && Math.abs(m.width - m.column) <= 1 && m.right <= viewport.width;
    const follows = m.inner !== null && Math.abs(m.height - m.inner) <= 2;
    if (!fits) failures.push(`map ${index + 1}: width ${m.width} px, column ${m.column} px`);
    if (!follows)
      failures.push(`map ${index + 1}: iframe ${m.height} px high, content ${m.inner} px`);
    rows.push(m);
  }

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) failures.push(`page scrolls sideways by ${overflow} px`);
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[src]')]
      .filter((s) =>
        /\/embed-resize(?:\.[0-9a-f]{16})?\.js$/.test(new URL(s.src, document.baseURI).pathname),
      )
      .map((s) => ({
        src: s.getAttribute('src'),
        async: s.async,
        id: s.id,
        integrity: s.getAttribute('integrity'),
        crossorigin: s.getAttribute('crossorigin'),
      })),
  );
  const expectedScripts = post.discovered ? 0 : 1;
  if (scripts.length !== expectedScripts)
    failures.push(`${scripts.length} embed-resize.js scripts, expected ${expectedScripts}`);
  for (const s of scripts) {
    if (!s.async) failures.push(`embed-resize.js without async`);
    const src = new URL(s.src, post.url);
    if (post.pluginScript) {
      // The plugin's own copy, from WordPress: no script of the map's host runs in the post.
      if (
        src.origin !== origins.wordpress ||
        !src.pathname.endsWith('/plugins/alibaba-cloud-footprint/embed-resize.js')
      ) {
        failures.push(`resize script from ${s.src}, not the plugin's copy`);
      }
      if (s.id !== 'alibaba-cloud-footprint-resize-js') {
        failures.push(`resize script not the plugin's enqueued one (id ${s.id || 'none'})`);
      }
    } else {
      // The dialog's snippet: the map's content-named file, pinned by its hash.
      if (!src.href.startsWith(origins.mapUrl) || !/\.[0-9a-f]{16}\.js$/.test(src.pathname)) {
        failures.push(`resize script from ${s.src}, not the map's content-named file`);
      }
      if (!/^sha384-/.test(s.integrity ?? '') || s.crossorigin !== 'anonymous') {
        failures.push(`resize script without integrity and crossorigin (${s.integrity})`);
      }
    }
  }

  // Give late warnings (e.g. from the resize script) a moment to arrive.
  await page.waitForTimeout(300);
  failures.push(...host.map((line) => `host console ${line}`));
  failures.push(
    ...frame.filter((line) => line.startsWith('error')).map((line) => `map console ${line}`),
  );

  mkdirSync(OUTPUT, { recursive: true });
  const shot = join(OUTPUT, `wordpress-${post.case}-${viewport.width}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await page.close();
  return {
    failures,
    rows,
    overflow,
    scripts: scripts.length,
    notes: frame.filter((l) => l.startsWith('warning')),
    shot,
  };
}

// ---------------------------------------------------------------- main

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main() {
  checkPrerequisites();
  const cleanups = [];
  let exitCode = 1;
  try {
    // 1. The map, built for its address and served from its own origin.
    const mapPort = await freePort();
    const mapOrigin = `http://127.0.0.1:${mapPort}`;
    const mapUrl = `${mapOrigin}${MAP_PATH}`;
    if (BUILD_MAP) {
      buildMap(mapUrl);
      log(`map built for ${mapUrl} in ${DIST}`);
    }
    const mapServer = await serveMap(mapPort);
    cleanups.push(() => new Promise((r) => mapServer.close(() => r())));
    log(`map: ${mapUrl} (from ${DIST})`);

    // 2. MariaDB, the database, the config, Apache.
    const startedMariadb = startMariadb();
    if (startedMariadb)
      cleanups.push(() => run('service', ['mariadb', 'stop'], { allowFailure: true }));
    const dbPassword = randomBytes(12).toString('hex');
    createDatabase(dbPassword);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeWordPressConfig({ origin, mapUrl, dbPassword });
    installPlugin();
    allowMapPort(mapPort);
    await startApache(port, origin);
    if (!KEEP) cleanups.push(() => stopApache());
    log(
      `MariaDB ${startedMariadb ? 'started' : 'already running'}, database ${DB.name} recreated; Apache on ${origin}`,
    );

    // 3. WordPress, its users, theme and plugin.
    const passwords = {
      adminPassword: randomBytes(9).toString('hex'),
      authorPassword: randomBytes(9).toString('hex'),
    };
    const base = { host: `127.0.0.1:${port}`, abspath: ABSPATH, map: mapUrl, ...passwords };
    const installed = wpPhp('install', base);
    if (installed.error) throw new Error(`WordPress install: ${installed.error}`);
    log(
      `WordPress ${installed.version} installed, theme ${installed.theme}, plugins ${installed.plugins.join(', ')}`,
    );

    // 4. The snippet from the map's own Embed dialog, and the posts.
    const browser = await launch();
    cleanups.unshift(() => browser.close());
    const snippet = await dialogSnippet(browser, mapUrl);
    const cases = posts(mapUrl, snippet);
    const content = writePosts('content', base, cases);
    log(`${cases.length} posts written (Author: kses on; Administrator: unfiltered_html)`);

    // The plugin's iframe is the dialog's iframe, but for whitespace inside the tag.
    const checks = [...content.checks, ...wpPhp('unset', base).checks];
    for (const file of ['alibaba-cloud-footprint.php']) {
      const lint = run('php', ['-l', join(PLUGIN_SOURCE, file)], { allowFailure: true });
      checks.unshift({
        name: `php -l ${file}`,
        actual: lint.stdout.trim(),
        expected: 'No syntax errors',
        pass: lint.status === 0,
      });
    }
    const dialogIframe = snippet.split('<script')[0].replace(/\s+/g, ' ').trim();
    const pluginIframe = checks.find(
      (c) => c.name === 'embed: MAP/?year=2016&region=frankfurt',
    ).actual;
    checks.unshift({
      name: "plugin iframe = the Embed dialog's iframe (whitespace aside)",
      actual: pluginIframe,
      expected: dialogIframe,
      pass: pluginIframe === dialogIframe,
    });

    // 5. Every post, at both sizes.
    const results = [];
    for (const post of cases) {
      for (const viewport of VIEWPORTS) {
        const result = await checkPost(browser, post, viewport, {
          map: mapOrigin,
          mapUrl,
          wordpress: origin,
        });
        results.push({ post, viewport, ...result });
        log(`${post.case} @ ${viewport.width}: ${result.failures.length ? 'FAIL' : 'pass'}`);
      }
    }

    // 6. The plugin off: what WordPress does by itself with a view's address.
    const discovered = discoveryPosts(mapUrl);
    const discovery = writePosts('discover', base, discovered);
    if (discovery.plugins.length)
      throw new Error(`plugins still active: ${discovery.plugins.join(', ')}`);
    log(`plugin deactivated; ${discovered.length} posts rely on oEmbed discovery`);
    for (const post of discovered) {
      cases.push(post);
      for (const viewport of VIEWPORTS) {
        const result = await checkPost(browser, post, viewport, {
          map: mapOrigin,
          mapUrl,
          wordpress: origin,
        });
        results.push({ post, viewport, ...result });
        log(`${post.case} @ ${viewport.width}: ${result.failures.length ? 'FAIL' : 'pass'}`);
      }
    }

    // 7. PHP notices from the plugin, if any.
    // www-data owns that folder: read the log itself, never a link it may have put there.
    const debugLog = readFileSync(
      openSync(DEBUG_LOG, constants.O_RDONLY | constants.O_NOFOLLOW),
      'utf8',
    );
    const ours = debugLog.split('\n').filter((line) => line.includes('alibaba-cloud-footprint'));

    // Report.
    console.log(`\nPlugin checks in PHP (WordPress ${installed.version}, PHP CLI):`);
    console.log(
      table(
        ['result', 'check'],
        checks.map((c) => [c.pass ? 'pass' : 'FAIL', c.name]),
      ),
    );
    for (const c of checks.filter((c) => !c.pass)) {
      console.log(
        `\n${c.name}\n  actual:   ${JSON.stringify(c.actual)}\n  expected: ${JSON.stringify(c.expected)}`,
      );
    }
    console.log(`\nPosts in Chromium (${mapOrigin} in iframes on ${origin}):`);
    console.log(
      table(
        [
          'result',
          'case',
          'viewport',
          'iframe w / column',
          'iframe h / content h',
          'overflow',
          'scripts',
          'screenshot',
        ],
        results.map((r) => [
          r.failures.length ? 'FAIL' : 'pass',
          r.post.case,
          `${r.viewport.width}x${r.viewport.height}`,
          r.rows
            .map((m) => `${Math.round(m.width)}/${m.column === null ? '?' : Math.round(m.column)}`)
            .join(', '),
          r.rows.map((m) => `${m.height}/${m.inner === null ? '?' : m.inner}`).join(', '),
          `${r.overflow} px`,
          r.scripts,
          r.shot.slice(ROOT.length + 1),
        ]),
      ),
    );
    console.log('\nCases:');
    for (const post of cases) console.log(`  ${post.case.padEnd(16)} ${post.what}: ${post.url}`);
    for (const r of results.filter((r) => r.failures.length)) {
      console.log(`\n${r.post.case} @ ${r.viewport.width}:\n  - ${r.failures.join('\n  - ')}`);
    }
    if (results.some((r) => r.failures.some((f) => /postMessage.*embed-resize\.js/.test(f)))) {
      console.log(
        "\nThe postMessage warning comes from the map's public/embed-resize.js: it asks an iframe for its" +
          '\nheight while that iframe (loading="lazy") is still about:blank, so the message is addressed to' +
          "\nthe map's origin but lands on the host's. The iframe's load event asks again, so heights are" +
          '\nright; the warning is the only symptom. See tests/wordpress/README.md.',
      );
    }
    const notes = [...new Set(results.flatMap((r) => r.notes))];
    if (notes.length)
      console.log(`\nWarnings inside the map's frame (not failures):\n  - ${notes.join('\n  - ')}`);
    if (ours.length) console.log(`\nPHP notices from the plugin:\n  ${ours.join('\n  ')}`);

    const failed =
      checks.filter((c) => !c.pass).length +
      results.filter((r) => r.failures.length).length +
      ours.length;
    console.log(`\n${failed ? `FAILED: ${failed} problem(s)` : 'All passed'} in ${seconds()} s.`);
    exitCode = failed ? 1 : 0;

    if (KEEP) {
      console.log(
        `\n--keep: WordPress on ${origin} (admin / ${passwords.adminPassword}, author / ${passwords.authorPassword}), map on ${mapUrl}. Ctrl+C to stop.`,
      );
      await browser.close();
      cleanups.shift();
      await new Promise((r) => process.once('SIGINT', r));
      await stopApache();
    }
  } catch (error) {
    console.error(`\ntests/wordpress: ${error.stack ?? error}`);
    const errorLog = join(STATE, 'apache-error.log');
    if (existsSync(errorLog)) console.error(`(Apache's log: ${errorLog})`);
    exitCode = 1;
  } finally {
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  }
  // A failed run leaves its files (Apache's logs among them) to look at.
  if (exitCode === 0) removeState();
  else console.error(`(This run's files: ${STATE} and ${DEBUG_DIR})`);
  process.exit(exitCode);
}

await main();
