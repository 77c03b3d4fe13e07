import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    // The plugin's embed-resize.js is public/embed-resize.js byte for byte (a unit test checks).
    ignores: [
      'dist/',
      'node_modules/',
      'tests/output/',
      'public/',
      'integrations/wordpress/alibaba-cloud-footprint/embed-resize.js',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // What ships runs in a browser: Node's modules, Vite and the build's own code stay in build/.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test-helpers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'vite', '**/build/**', '@sveltejs/vite-plugin-svelte'] },
      ],
    },
  },
  {
    // Imports go one way, data <- map <- ui <- embed and main.ts (start-page.ts): renderers know
    // nothing of controls, and the page's components nothing of what embeds them.
    files: ['src/map/**/*.ts', 'src/map/**/*.svelte'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/ui/**', '**/embed/**', 'node:*', 'vite', '**/build/**'] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/embed/**', 'node:*', 'vite', '**/build/**'] },
      ],
    },
  },
  {
    // The data layer feeds every renderer; keep it free of UI, map and DOM code.
    files: ['src/data/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test-helpers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/map/**',
            '**/ui/**',
            '**/embed/**',
            'svelte',
            'svelte/*',
            'maplibre-gl',
            'node:*',
            'vite',
            '**/build/**',
          ],
        },
      ],
    },
  },
);
