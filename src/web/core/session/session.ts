import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PUBLIC_ACTOR, type Role } from '../../../domain/trust/actor.js';
import { type Capability, capabilitiesOf } from '../../../domain/trust/policy.js';
import { ApiError, api, type SessionOut, setCsrfToken } from '../api/client.js';

const SESSION_KEY = ['session'] as const;
// A signed-out reader has no session answer; the same policy says what the public may do.
const PUBLIC_CAPABILITIES: readonly string[] = capabilitiesOf(PUBLIC_ACTOR);

/** The signed-in user (null when anonymous); the CSRF token is handed to the API client as it arrives. */
export function useSession() {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<SessionOut | null> => {
      // No sign-in marker (the server sets it beside the HttpOnly session cookie): signed out, and
      // asking would only log a 401 in the console.
      if (!/(^|;\s*)concord_signed_in=/.test(globalThis.document?.cookie ?? '')) {
        setCsrfToken(undefined);
        return null;
      }
      try {
        const session = await api.session();
        setCsrfToken(session.csrf_token);
        return session;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(undefined);
          return null;
        }
        throw err;
      }
    },
    staleTime: 5 * 60_000,
  });
  const session = query.data ?? null;
  return {
    loading: query.isPending,
    session,
    user: session?.user ?? null,
    role: (session?.user.role ?? 'public') as Role,
    /**
     * The partner country the reader speaks for (a partner official), whose own records the screens
     * open on; a provider's organization is not a partner.
     */
    ownPartner: session?.user.role === 'partner' ? (session.user.organization_id ?? undefined) : undefined,
    /** May this reader do this somewhere? (the policy's answer, carried by the session) */
    can: (capability: Capability) => (session?.capabilities ?? PUBLIC_CAPABILITIES).includes(capability),
  };
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      api.signIn(username, password),
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      client.setQueryData(SESSION_KEY, session);
      // What the user may read changes with who they are.
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.signOut(),
    onSettled: () => {
      setCsrfToken(undefined);
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}
