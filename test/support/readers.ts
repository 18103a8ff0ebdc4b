import { type Api, makeOrganization } from './api.js';

/** A reader other than staff: who, the headers that act as them, and the status a registry write gets. */
export type Reader = [who: string, headers: Record<string, string>, refusedWrite: number];

/**
 * Every reader but staff, for "test as every reader": anonymous, the officials of two different
 * partner countries (the first, `partner`, is the one a test's records concern), a provider and an
 * observer, each on organizations of their own.
 */
export async function otherReaders(api: Api): Promise<{ partner: { id: string }; readers: Reader[] }> {
  const [tj, kz, provider] = [
    await makeOrganization(api, { kind: 'state' }),
    await makeOrganization(api, { kind: 'state' }),
    await makeOrganization(api, { kind: 'international_organization' }),
  ];
  return {
    partner: tj,
    readers: [
      ['anonymous', {}, 401],
      ['partner TJ', await api.signIn('partner', tj.id), 403],
      ['partner KZ', await api.signIn('partner', kz.id), 403],
      ['provider', await api.signIn('provider', provider.id), 403],
      ['observer', await api.signIn('observer'), 403],
    ],
  };
}
