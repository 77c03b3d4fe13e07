import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESIZE_SCRIPT_SOURCE, resizeScriptOf } from '../../build/resize-script.ts';
import {
  embedUrl,
  escapeHtml,
  iframeSnippet,
  webComponentSnippet,
  type EmbedOptions,
} from './snippet.ts';

const options: EmbedOptions = {
  resizeScript: resizeScriptOf(readFileSync(RESIZE_SCRIPT_SOURCE)),
  siteRoot: 'https://maps.example/footprint/',
  year: 2016,
  region: 'paris',
  theme: 'dark',
  height: 640,
  title: 'Alibaba Cloud regions, 2016',
  linkText: 'Alibaba Cloud regions, 2016 (interactive map)',
};

describe('embed snippets', () => {
  it('escapes every character that could leave an attribute', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('points the iframe at the embed view with the current state', () => {
    expect(embedUrl(options)).toBe(
      'https://maps.example/footprint/view/2016/embed.html?region=paris&theme=dark',
    );
    const snippet = iframeSnippet(options);
    expect(snippet).toContain(
      'src="https://maps.example/footprint/view/2016/embed.html?region=paris&amp;theme=dark"',
    );
    expect(snippet).toContain('title="Alibaba Cloud regions, 2016"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width:100%;height:640px');
    expect(snippet).toMatch(
      /<script src="https:\/\/maps\.example\/footprint\/embed-resize\.[0-9a-f]{16}\.js" integrity="sha384-[\w+/]{64}" crossorigin="anonymous" async><\/script>$/,
    );
  });

  it('names the resize script by its content and pins it with its SHA-384', () => {
    const source = readFileSync(RESIZE_SCRIPT_SOURCE);
    const digest = createHash('sha384').update(source).digest();
    const { file, integrity } = resizeScriptOf(source);
    expect(integrity).toBe(`sha384-${digest.toString('base64')}`);
    expect(file).toBe(`embed-resize.${digest.toString('hex').slice(0, 16)}.js`);
    const snippet = iframeSnippet(options);
    expect(snippet).toContain(`src="https://maps.example/footprint/${file}"`);
    expect(snippet).toContain(`integrity="${integrity}" crossorigin="anonymous"`);
    // One more byte is another file with another hash: an old snippet never runs new code.
    const changed = resizeScriptOf(Buffer.concat([source, Buffer.from('\n')]));
    expect(changed.file).not.toBe(file);
    expect(changed.integrity).not.toBe(integrity);
  });

  it('writes the custom element with its attributes', () => {
    expect(webComponentSnippet(options)).toBe(
      '<script type="module" src="https://maps.example/footprint/embed.js"></script>\n' +
        '<alibaba-cloud-map year="2016" region="paris" theme="dark">' +
        '<a href="https://maps.example/footprint/view/2016/paris/">Alibaba Cloud regions, 2016 (interactive map)</a>' +
        '</alibaba-cloud-map>',
    );
    expect(webComponentSnippet({ ...options, year: undefined, region: undefined })).toContain(
      '<alibaba-cloud-map theme="dark">',
    );
  });

  it('keeps the layers compared, and another provider’s region, in both snippets', () => {
    const compared = { ...options, region: 'aws-eu-west-2', compare: ['aws', 'google'] as const };
    expect(iframeSnippet(compared)).toContain(
      'src="https://maps.example/footprint/view/2016/embed.html?region=aws-eu-west-2&amp;theme=dark&amp;compare=aws,google"',
    );
    expect(webComponentSnippet(compared)).toContain(
      '<alibaba-cloud-map year="2016" region="aws-eu-west-2" theme="dark" compare="aws,google">',
    );
    expect(webComponentSnippet(compared)).toContain(
      'href="https://maps.example/footprint/view/2016/?region=aws-eu-west-2&amp;compare=aws,google"',
    );
  });

  it('writes the language into both snippets', () => {
    const chinese = { ...options, lang: 'zh-CN' };
    expect(iframeSnippet(chinese)).toContain(
      'footprint/zh-CN/view/2016/embed.html?region=paris&amp;theme=dark"',
    );
    const element = webComponentSnippet(chinese);
    expect(element).toContain(
      '<alibaba-cloud-map year="2016" region="paris" theme="dark" lang="zh-CN">',
    );
    expect(element).toContain('href="https://maps.example/footprint/zh-CN/view/2016/paris/"');
  });

  it('cannot be broken out of by hostile values', () => {
    const hostile: EmbedOptions = {
      ...options,
      siteRoot: 'https://maps.example/"><script>alert(1)</script>/',
      region: '"><script>alert(1)</script>',
      title: '</iframe><script>alert(1)</script>',
      linkText: '</a><script>alert(1)</script>',
      lang: '"><script>alert(1)</script>',
    };
    for (const snippet of [iframeSnippet(hostile), webComponentSnippet(hostile)]) {
      expect(snippet).not.toMatch(/<script>alert/);
      expect(snippet).not.toMatch(/<\/iframe><script/);
      expect(snippet.match(/<script/g)).toHaveLength(1);
    }
  });
});
