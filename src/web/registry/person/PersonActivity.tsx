import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonOut } from '../../core/api/client.js';
import { QueryState, SectionTitle } from '../../core/components/common.js';
import { useSession } from '../../core/session/session.js';
import { meetingsQuery } from '../../dialogue/api.js';
import { MeetingsTable } from '../../dialogue/MeetingsTable.js';
import { nominationsQuery } from '../../menu/api.js';
import { NominationTable } from '../../menu/NominationTable.js';

/**
 * What a person took part in beside the posts they held: the meetings that name them and their
 * nominations, each as far as the reader may see (the lists answer for the reader).
 */
export function PersonActivity({ person }: { person: PersonOut }) {
  const { can } = useSession();
  return (
    <>
      {can('dialogue.read') && <PersonMeetings person={person} />}
      {can('nomination.read') && <PersonNominations person={person} />}
    </>
  );
}

function PersonMeetings({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const id = useId();
  const meetings = useQuery(meetingsQuery({ person_id: person.id, limit: 100 }));
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('person.meetings')}</SectionTitle>
      <QueryState query={meetings}>
        {(page) => <MeetingsTable meetings={page.items} labelledBy={id} />}
      </QueryState>
    </section>
  );
}

function PersonNominations({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const id = useId();
  const nominations = useQuery(nominationsQuery({ person_id: person.id, limit: 100 }));
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('person.nominations')}</SectionTitle>
      <QueryState query={nominations}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('person.noNominations')}</Text>
          ) : (
            <NominationTable items={page.items} labelledBy={id} showIteration />
          )
        }
      </QueryState>
    </section>
  );
}
