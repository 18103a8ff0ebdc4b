import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../core/components/common.js';
import { organizationPath } from '../core/components/links.js';
import { useSession } from '../core/session/session.js';
import { OrganizationForm } from './forms/OrganizationForm.js';

/** A new state, framework, international organization or body, named in three languages. */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.organizations.new'));
  const { can } = useSession();
  const navigate = useNavigate();
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t('registry.organizations.new')}</Title>
      {can('registry.write') ? (
        <>
          <Text maw={760}>{t('registry.organizations.newIntro')}</Text>
          <OrganizationForm onSaved={(o) => void navigate(organizationPath(o))} />
        </>
      ) : (
        <Alert color="gray">{t('registry.staffOnly')}</Alert>
      )}
    </Stack>
  );
}
