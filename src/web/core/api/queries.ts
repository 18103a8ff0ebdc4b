import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, type OrganizationKind, type OrganizationOut, type PersonOut, type PostOut } from './client.js';

// One key per API resource, so that a record fetched by one screen is reused by the next.
export const organizationQuery = (id: string) =>
  queryOptions({ queryKey: ['organization', id], queryFn: () => api.organization(id) });

export const organizationsQuery = (filter: {
  q?: string;
  kind?: OrganizationKind;
  parent_id?: string;
  limit?: number;
}) => queryOptions({ queryKey: ['organizations', filter], queryFn: () => api.organizations(filter) });

export const membershipsQuery = (id: string, on?: string) =>
  queryOptions({ queryKey: ['memberships', id, on ?? null], queryFn: () => api.memberships(id, on) });

export const membershipQuery = (id: string) =>
  queryOptions({ queryKey: ['membership', id], queryFn: () => api.membership(id) });

export const membersQuery = (id: string, on?: string) =>
  queryOptions({ queryKey: ['members', id, on ?? null], queryFn: () => api.members(id, on) });

export const peopleQuery = (filter: { q?: string; limit?: number }) =>
  queryOptions({ queryKey: ['people', filter], queryFn: () => api.people(filter) });

export const personQuery = (id: string) =>
  queryOptions({ queryKey: ['person', id], queryFn: () => api.person(id) });

export const personHoldingsQuery = (id: string) =>
  queryOptions({ queryKey: ['person-holdings', id], queryFn: () => api.personHoldings(id) });

export const postsQuery = (filter: { q?: string; organization_id?: string; limit?: number }) =>
  queryOptions({ queryKey: ['posts', filter], queryFn: () => api.posts(filter) });

export const postQuery = (id: string) =>
  queryOptions({ queryKey: ['post', id], queryFn: () => api.post(id) });

export const holdersQuery = (postId: string, on?: string) =>
  queryOptions({ queryKey: ['holders', postId, on ?? null], queryFn: () => api.holders(postId, on) });

export const holdingQuery = (id: string) =>
  queryOptions({ queryKey: ['holding', id], queryFn: () => api.holding(id) });

export const sourceQuery = (id: string) =>
  queryOptions({ queryKey: ['source', id], queryFn: () => api.source(id) });

export const sourceCountQuery = () =>
  queryOptions({ queryKey: ['sources', 'count'], queryFn: () => api.sources({ limit: 1 }) });

export const conflictsQuery = () => queryOptions({ queryKey: ['conflicts'], queryFn: () => api.conflicts() });

function byId<T extends { id: string }>(results: { data?: T }[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { data } of results) if (data) map.set(data.id, data);
  return map;
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

/** The organizations named by id (to show their names in the UI language); absent ones while loading. */
export function useOrganizationsById(ids: (string | null | undefined)[]): Map<string, OrganizationOut> {
  return useQueries({ queries: unique(ids).map(organizationQuery), combine: byId });
}

export function usePeopleById(ids: (string | null | undefined)[]): Map<string, PersonOut> {
  return useQueries({ queries: unique(ids).map(personQuery), combine: byId });
}

export function usePostsById(ids: (string | null | undefined)[]): Map<string, PostOut> {
  return useQueries({ queries: unique(ids).map(postQuery), combine: byId });
}
