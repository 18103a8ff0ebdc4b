import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../core/components/common.js';
import { personPath } from '../core/components/links.js';
import { useSession } from '../core/session/session.js';
import { PersonForm } from './forms/PersonForm.js';

/** A new person of the registry, with names in several languages; the person's page follows. */
export function NewPersonPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.people.new'));
  const { can } = useSession();
  const navigate = useNavigate();
  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>{t('registry.people.new')}</Title>
      {can('person.write') ? (
        <>
          <Text maw={760}>{t('registry.people.newIntro')}</Text>
          <PersonForm onSaved={(p) => void navigate(personPath(p.id))} />
        </>
      ) : (
        <Alert color="gray">{t('registry.staffOnly')}</Alert>
      )}
    </Stack>
  );
}
