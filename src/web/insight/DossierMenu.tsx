import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dossierUrl } from '../dialogue/api.js';

/** Links to the partner's briefing pack, as of the day the page answers for (today when none). */
export function BriefingPackMenu({ partnerId, on }: { partnerId: string; on?: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="default">{t('dialogue.partner.exportPack')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['html', 'pdf', 'json'] as const).map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={dossierUrl(partnerId, format, on)}
            {...(format === 'html' ? { target: '_blank', rel: 'noreferrer' } : { download: '' })}
          >
            {t(`dialogue.partner.format.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
