import { expect, it } from 'vitest';
import { restEnum } from '../../src/schema/rest-enum.js';

it('turns a REST enum value GitHub adds later into null, and keeps known ones', () => {
  const { fromRest } = restEnum('TestOnlyStatus', 'A test enum.', [
    'queued',
    'in_progress',
  ] as const);
  expect([
    fromRest('queued'),
    fromRest('in_progress'),
    fromRest('brand_new'),
    fromRest(null),
    fromRest(undefined),
  ]).toEqual(['queued', 'in_progress', null, null, null]);
});
