/**
 * A JSON Schema (2020-12) for `data/regions.json`, published beside it so that other tools can check
 * what they read. Strict: every field is required and typed, and no unknown field is allowed.
 */
import { EVENT_TYPES, REGION_KINDS } from './types.ts';

const DATE = { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' };
const TEXT = { type: 'string', minLength: 1 };
const NULLABLE_TEXT = { type: ['string', 'null'], minLength: 1 };

const SOURCE = {
  oneOf: [
    {
      type: 'object',
      description: 'An exact sentence from a document in seeds/.',
      required: ['seed', 'quote'],
      additionalProperties: false,
      properties: { seed: TEXT, quote: TEXT },
    },
    {
      type: 'object',
      description: 'A published page, post or commit.',
      required: ['url', 'title', 'publisher'],
      additionalProperties: false,
      properties: {
        url: { type: 'string', pattern: '^https?://' },
        title: TEXT,
        publisher: TEXT,
        date: { ...DATE, description: 'Publication date; absent when the page carries none.' },
        primary: { const: true, description: 'Published by Alibaba itself.' },
        lang: {
          type: 'string',
          pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$',
          description: 'The title’s language when it is not English.',
        },
      },
    },
  ],
};

const SOURCES = { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } };

export const REGIONS_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'regions.schema.json',
  title: 'Alibaba Cloud Footprint: regions',
  description:
    'Every public Alibaba Cloud region with its dated, sourced events and zone counts. See the README for each field.',
  type: 'object',
  required: ['version', 'license', 'regions'],
  additionalProperties: false,
  $defs: { source: SOURCE },
  properties: {
    version: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'The day of the data’s newest change: what "data as of" names.',
    },
    license: {
      type: 'object',
      required: ['name', 'url', 'attribution', 'note'],
      additionalProperties: false,
      properties: { name: TEXT, url: TEXT, attribution: TEXT, note: TEXT },
    },
    regions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'regionId',
          'name',
          'city',
          'country',
          'lat',
          'lon',
          'precision',
          'zones',
          'events',
          'kind',
          'officialName',
          'officialNameSources',
          'regionIdEvidence',
          'zoneCounts',
          'zonesNote',
          'zonesNoteZh',
          'provider',
          'localNameZh',
        ],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          regionId: {
            type: ['string', 'null'],
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'The provider’s own region ID: eu-central-1, westeurope, europe-west2.',
          },
          name: TEXT,
          city: TEXT,
          country: { type: 'string', pattern: '^[A-Z]{2}$' },
          lat: { type: 'number', minimum: -90, maximum: 90 },
          lon: { type: 'number', minimum: -180, maximum: 180 },
          precision: { enum: ['city', 'approximate'] },
          zones: {
            type: ['integer', 'null'],
            minimum: 1,
            description: 'The latest zone count a source gives.',
          },
          events: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['type', 'date', 'note', 'sources', 'certainty', 'after', 'noteZh'],
              properties: {
                type: { enum: [...EVENT_TYPES] },
                date: DATE,
                note: NULLABLE_TEXT,
                sources: SOURCES,
                certainty: { enum: ['on', 'by'] },
                after: { oneOf: [DATE, { type: 'null' }] },
                noteZh: { ...NULLABLE_TEXT, description: 'The note in Simplified Chinese.' },
              },
            },
          },
          kind: { enum: [...REGION_KINDS] },
          officialName: {
            type: 'object',
            required: ['en', 'zh'],
            additionalProperties: false,
            properties: { en: NULLABLE_TEXT, zh: NULLABLE_TEXT },
          },
          officialNameSources: { type: 'array', items: { $ref: '#/$defs/source' } },
          regionIdEvidence: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['note', 'sources', 'noteZh'],
                additionalProperties: false,
                properties: { note: TEXT, sources: SOURCES, noteZh: TEXT },
              },
            ],
          },
          zoneCounts: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['date', 'count', 'note', 'sources', 'noteZh'],
              properties: {
                date: DATE,
                count: { type: 'integer', minimum: 1 },
                note: NULLABLE_TEXT,
                sources: SOURCES,
                noteZh: NULLABLE_TEXT,
              },
            },
          },
          zonesNote: NULLABLE_TEXT,
          zonesNoteZh: { ...NULLABLE_TEXT, description: 'zonesNote in Simplified Chinese.' },
          provider: {
            enum: ['alibaba', 'aws', 'azure', 'google'],
            description: 'Whose region: alibaba in regions.json, the others in providers/*.json.',
          },
          localNameZh: {
            ...NULLABLE_TEXT,
            description:
              'A usual Chinese name of the place where the provider publishes no Chinese name of its own; not official.',
          },
        },
      },
    },
  },
} as const;
