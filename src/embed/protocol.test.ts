import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_REQUEST_TYPE,
  isHeightRequest,
  isResizeMessage,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  resizeMessage,
} from './protocol.ts';

const forged: unknown[] = [
  null,
  'alibaba-cloud-footprint:resize',
  640,
  [RESIZE_MESSAGE_TYPE, 640],
  { type: RESIZE_MESSAGE_TYPE },
  { type: 'resize', height: 640 },
  { type: RESIZE_MESSAGE_TYPE, height: '640' },
  { type: RESIZE_MESSAGE_TYPE, height: 640.5 },
  { type: RESIZE_MESSAGE_TYPE, height: Number.NaN },
  { type: RESIZE_MESSAGE_TYPE, height: Infinity },
  { type: RESIZE_MESSAGE_TYPE, height: 99 },
  { type: RESIZE_MESSAGE_TYPE, height: 1e9 },
  { type: RESIZE_MESSAGE_TYPE, height: -640 },
  { type: RESIZE_MESSAGE_TYPE, height: 640, extra: '<script>' },
  { 'datawrapper-height': 640 },
];

describe('the resize message', () => {
  it('is made with a whole height', () => {
    expect(resizeMessage(640.2)).toEqual({ type: RESIZE_MESSAGE_TYPE, height: 641 });
    expect(isResizeMessage(resizeMessage(640.2))).toBe(true);
  });

  it.each(forged.map((message) => [JSON.stringify(message) ?? String(message), message]))(
    'rejects a forged or malformed message: %s',
    (_, message) => {
      expect(isResizeMessage(message)).toBe(false);
    },
  );
});

/** Runs the real parent-page script against a stand-in window with one embedded iframe. */
function parentPage() {
  const listeners: Array<(event: unknown) => void> = [];
  const asked: Array<[unknown, string]> = [];
  const embedWindow = {
    postMessage: (data: unknown, origin: string) => asked.push([data, origin]),
  };
  const frame = {
    src: 'https://maps.example/footprint/?embed=1',
    contentWindow: embedWindow,
    style: { height: '640px' },
    addEventListener: () => {},
  };
  const window = {
    addEventListener: (_: string, listener: (event: unknown) => void) => listeners.push(listener),
  };
  const document = { baseURI: 'https://news.example/story', querySelectorAll: () => [frame] };
  const script = readFileSync(join(import.meta.dirname, '../../public/embed-resize.js'), 'utf8');
  runInNewContext(script, { window, document, URL, Object, Array, Number });
  const send = (data: unknown, origin = 'https://maps.example', source: unknown = embedWindow) =>
    listeners.forEach((listener) => listener({ data, origin, source }));
  return { frame, send, asked };
}

describe('public/embed-resize.js', () => {
  it('is the script the WordPress plugin ships, byte for byte', () => {
    // The plugin enqueues its own copy, so no script of the map's host runs in the news site.
    const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path));
    const plugin = 'integrations/wordpress/alibaba-cloud-footprint';
    expect(read(`${plugin}/embed-resize.js`).equals(read('public/embed-resize.js'))).toBe(true);
    const php = read(`${plugin}/alibaba-cloud-footprint.php`).toString();
    expect(php).toContain("plugins_url( 'embed-resize.js', __FILE__ )");
    expect(php).not.toMatch(/\$map \. 'embed-resize/);
  });

  it('speaks the same protocol as the embed, bounds included', () => {
    for (const [height, fits] of [
      [MIN_EMBED_HEIGHT - 1, false],
      [MIN_EMBED_HEIGHT, true],
      [MAX_EMBED_HEIGHT, true],
      [MAX_EMBED_HEIGHT + 1, false],
    ] as const) {
      const { frame, send } = parentPage();
      send({ type: RESIZE_MESSAGE_TYPE, height });
      expect(frame.style.height).toBe(fits ? `${height}px` : '640px');
    }
  });

  it('asks each embed for its height, addressed to the embed origin only', () => {
    const { asked } = parentPage();
    expect(asked).toEqual([[{ type: HEIGHT_REQUEST_TYPE }, 'https://maps.example']]);
  });

  it('answers only the exact height request', () => {
    expect(isHeightRequest({ type: HEIGHT_REQUEST_TYPE })).toBe(true);
    for (const forged of [
      { type: HEIGHT_REQUEST_TYPE, height: 1 },
      { type: 'resize' },
      HEIGHT_REQUEST_TYPE,
      null,
      [HEIGHT_REQUEST_TYPE],
    ]) {
      expect(isHeightRequest(forged)).toBe(false);
    }
  });

  it('resizes the iframe on a message from its own window and origin', () => {
    const { frame, send } = parentPage();
    send(resizeMessage(812));
    expect(frame.style.height).toBe('812px');
  });

  it('ignores messages from another origin or another window', () => {
    const { frame, send } = parentPage();
    send(resizeMessage(812), 'https://evil.example');
    send(resizeMessage(813), 'https://maps.example', {});
    expect(frame.style.height).toBe('640px');
  });

  it.each(forged.map((message) => [JSON.stringify(message) ?? String(message), message]))(
    'ignores a forged message: %s',
    (_, message) => {
      const { frame, send } = parentPage();
      send(message);
      expect(frame.style.height).toBe('640px');
    },
  );
});
