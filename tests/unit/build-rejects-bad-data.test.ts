import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { regionDataset } from '../../src/data/dataset-plugin.ts';

type Hook = (this: unknown) => void;

function buildStart(dataset: unknown): () => void {
  const plugin = regionDataset(dataset);
  return () => (plugin.buildStart as Hook).call({});
}

describe('the build', () => {
  it('accepts the real dataset', () => {
    expect(buildStart(REGIONS)).not.toThrow();
  });

  it('stops on a broken dataset and names every bad record, field and reason', () => {
    const paris = REGIONS.find((region) => region.id === 'paris')!;
    const sydney = REGIONS.find((region) => region.id === 'sydney')!;
    const broken = [
      ...REGIONS.filter((region) => region.id !== 'paris' && region.id !== 'sydney'),
      { ...paris, lat: 148.86 },
      { ...sydney, events: [...sydney.events].reverse() },
      {
        ...paris,
        id: 'paris-2',
        regionId: undefined,
        regionIdEvidence: undefined,
        events: [{ ...paris.events[0]!, sources: [] }],
      },
    ];
    let message = '';
    try {
      buildStart(broken)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/6 problem\(s\)/);
    expect(message).toContain('paris.lat: must be a number from -90 to 90');
    expect(message).toMatch(/sydney\.events\[1\]\.date: .* comes before the previous event/);
    expect(message).toContain('sydney.events: a closing region must have opened first');
    expect(message).toContain('paris-2.events[0].sources: every fact needs at least one source');
  });
});

type Middleware = (
  request: { url: string },
  response: { setHeader(name: string, value: string): void; end(body: string): void },
  next: () => void,
) => void;

/** What the dev server answers for `url`: a published file's body, or passed on (`next`). */
function devServerAnswer(url: string): { body?: string; passed: boolean } {
  let middleware: Middleware | undefined;
  const server = { middlewares: { use: (handler: Middleware) => (middleware = handler) } };
  (regionDataset(REGIONS).configureServer as (server: unknown) => void)(server);
  const answer: { body?: string; passed: boolean } = { passed: false };
  middleware!(
    { url },
    { setHeader: () => undefined, end: (body) => (answer.body = body) },
    () => (answer.passed = true),
  );
  return answer;
}

describe('the dev server', () => {
  it('serves the published data', () => {
    expect(devServerAnswer('/data/regions.csv?t=1').body).toMatch(/^id,regionId,name,/);
  });

  it.each(['/__proto__', '/constructor', '/toString', '/data/__proto__', '/seeds/constructor'])(
    'passes %s on to the next handler (a 404), never an object’s member',
    (url) => {
      expect(devServerAnswer(url)).toEqual({ passed: true });
    },
  );
});
