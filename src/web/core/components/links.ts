import type { OrganizationOut } from '../api/client.js';

/** States open as partner pages; frameworks, organizations and bodies under /organizations. */
export function organizationPath(org: Pick<OrganizationOut, 'id' | 'kind'>): string {
  return org.kind === 'state' ? `/partners/${org.id}` : `/organizations/${org.id}`;
}

export const personPath = (id: string) => `/people/${id}`;
export const postPath = (id: string) => `/posts/${id}`;
