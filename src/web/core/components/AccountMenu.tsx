import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../session/session.js';

/** Who is signed in (and for which country or organization), with sign-out; or a sign-in link. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  if (loading) return null;
  if (!user) {
    if (pathname === '/sign-in') return null;
    return (
      <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(pathname + search)}`} fw={600}>
        {t('signIn.link')}
      </Anchor>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="md" data-testid="signed-in-as">
        {/* The account's name as its administrator wrote it. */}
        <span translate="no">{user.display_name}</span>
        <Text span c="dimmed" size="sm">
          {` · ${t(`roles.${user.role}`)}`}
        </Text>
      </Text>
      <Button
        variant="default"
        size="xs"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/') })}
      >
        {t('signIn.signOut')}
      </Button>
    </Group>
  );
}
