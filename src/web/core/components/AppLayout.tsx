import { Alert, Anchor, AppShell, Burger, Group, NativeSelect, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { FEATURES } from '../../features.js';
import { get } from '../api/client.js';
import { isLang, LANG_NAMES, LANGS } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { AccountMenu } from './AccountMenu.js';
import { useLang } from './common.js';
import { useFocusOnNavigation } from './focus-on-navigation.js';
import { HeaderSearch } from './HeaderSearch.js';

// Each section with the paths it covers, as the features declare them, in their order.
const SECTIONS = FEATURES.flatMap((f) => f.nav)
  .sort((a, b) => a.order - b.order)
  .map((n) => ({ to: n.to, key: n.label, paths: n.paths, needs: n.needs }));

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  return (
    <NativeSelect
      aria-label={t('header.language')}
      value={lang}
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (isLang(next)) void i18n.changeLanguage(next);
      }}
      data={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
      w={124}
    />
  );
}

/** While the demo data is loaded every screen says so: its accounts share a published password. */
function DemoBanner() {
  const { t } = useTranslation();
  const instance = useQuery({
    queryKey: ['instance'],
    queryFn: () => get<{ demo: boolean }>('/api/instance'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!instance.data?.demo) return null;
  return (
    <Alert color="yellow" variant="light" radius={0} py={6} role="status" data-testid="demo-banner">
      {t('header.demo')}
    </Alert>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  const { can } = useSession();
  const sections = SECTIONS.filter((s) => !s.needs || can(s.needs));
  // One entry is current: the one whose path matches the address longest (/dialogue/drafts is
  // "Draft people", not also "Dialogue").
  const activeSection = sections
    .flatMap((s) =>
      [s.to, ...s.paths]
        .filter((p) => pathname === p || (p !== '/' && pathname.startsWith(p)))
        .map((p) => ({ to: s.to, length: p.length })),
    )
    .sort((a, b) => b.length - a.length)[0]?.to;
  return (
    <>
      <a href="#main" className="skip-link">
        {t('header.skip')}
      </a>
      <AppShell
        header={{ height: { base: 108, sm: 64 } }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" gap="md" wrap="wrap" className="app-header">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'header.closeNav' : 'header.openNav')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="blue.9" fw={700} fz="xl">
              Concord
            </Anchor>
            <HeaderSearch />
            <LanguageSwitcher />
            <AccountMenu />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
          <AppShell.Section grow>
            {sections.map((s) => {
              const active = s.to === activeSection;
              return (
                <NavLink
                  key={s.to}
                  component={Link}
                  to={s.to}
                  label={t(s.key)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  variant="filled"
                  onClick={close}
                />
              );
            })}
          </AppShell.Section>
          <AppShell.Section>
            <Text size="sm" c="dimmed" px="sm" py="xs">
              <Anchor href="/api/docs" size="sm">
                {t('nav.apiDocs')}
              </Anchor>
            </Text>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <DemoBanner />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
