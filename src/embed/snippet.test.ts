import { describe, expect, it } from 'vitest';
import {
  embedUrl,
  escapeHtml,
  iframeSnippet,
  webComponentSnippet,
  type EmbedOptions,
} from './snippet';

const options: EmbedOptions = {
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
    expect(snippet).toContain(
      '<script src="https://maps.example/footprint/embed-resize.js" async>',
    );
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
