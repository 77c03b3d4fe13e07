import { describe, expect, it } from 'vitest';
import { validationContext } from '../../../build/dataset.ts';
import { REGIONS as ALIBABA } from '../regions.ts';
import { PEER_PROVIDERS } from '../types.ts';
import { formatIssues, validateRegions } from '../validate.ts';
import { REGIONS as AWS } from './aws.ts';
import { REGIONS as AZURE } from './azure.ts';
import { REGIONS as GOOGLE } from './google.ts';

const DATASETS = { aws: AWS, azure: AZURE, google: GOOGLE };

describe('the other providers’ datasets', () => {
  it.each(PEER_PROVIDERS)('%s passes the validator', (provider) => {
    const issues = validateRegions(DATASETS[provider], validationContext(), provider);
    expect(formatIssues(issues)).toBe('');
  });

  it('share no id with each other or with Alibaba’s', () => {
    const ids = [ALIBABA, AWS, AZURE, GOOGLE].flat().map((region) => region.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
