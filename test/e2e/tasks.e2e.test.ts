import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

/**
 * Issue 13's journey: a desk officer records a meeting with its participants and a follow-up for a
 * colleague, in the browser alone; the colleague receives the e-mail through the SMTP server of the
 * test, in French (the demo colleague's language), and finds the task on their home page.
 */
describe.skipIf(!hasChromium)('follow-ups as tasks in Chromium', () => {
  const env: Record<string, string> = {
    MAIL_POLL_SECONDS: '0.2',
    MAIL_FROM: 'Concord <concord@e2e.example>',
  };
  let mailbox: (Mailbox & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    mailbox = await startMailbox();
    env.SMTP_URL = mailbox.url;
  });
  afterAll(() => mailbox?.close());
  const app = useBrowserApp(env);
  env.PUBLIC_URL = app.base;

  it('staff record a meeting with participants and a follow-up for a colleague, who gets the e-mail', async () => {
    const page = await app.openPage('/');
    page.setDefaultTimeout(20_000);
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/dialogue/new`);
    await page.getByRole('heading', { level: 1, name: 'New meeting' }).waitFor();
    await page
      .getByLabel(/^Partner/)
      .first()
      .fill('Tajik');
    await page.getByRole('option', { name: 'Tajikistan' }).click();
    await page.getByLabel(/^Date/).fill('2011-07-08');
    await page.getByLabel(/^City/).fill('Dushanbe');
    const first = page.getByRole('group', { name: 'Participant 1' });
    await first
      .getByLabel(/^Person in the registry/)
      .first()
      .fill('Zarifi');
    await page
      .getByRole('option', { name: /Zarifi/ })
      .first()
      .click();
    await first.getByText(/Post on that day: Minister of Foreign Affairs of Tajikistan/).waitFor();
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.getByRole('heading', { level: 1, name: /Tajikistan, 8 July 2011/ }).waitFor();
    expect(await textOf(page.getByRole('table', { name: 'Participants' }))).toContain('Zarifi');

    // The follow-up, assigned to the colleague, due a week after the meeting (long past: overdue).
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    const form = page.getByRole('form', { name: 'New follow-up' });
    // Checked before it is sent: an empty action is refused beside its field.
    await form.getByRole('button', { name: 'Save the follow-up' }).click();
    await form.getByText('Required', { exact: true }).waitFor();
    await form.getByLabel(/^Action/).fill('Send the draft border agreement to the ministry');
    await form
      .getByLabel(/^Assigned to/)
      .first()
      .fill('desk');
    await page.getByRole('option', { name: 'Demo desk officer (French-speaking)' }).click();
    await form.getByLabel(/^Due date/).fill('2011-07-15');
    await form.getByRole('button', { name: 'Save the follow-up' }).click();
    const card = page.getByRole('article', { name: 'Send the draft border agreement to the ministry' });
    await card.getByText('Assigned to Demo desk officer (French-speaking)').waitFor();
    expect(await card.getAttribute('data-overdue')).toBe('true');
    await expectAccessible(page);
    const meetingUrl = new URL(page.url()).pathname;

    const mail = await (mailbox as Mailbox).waitFor(
      'desk.officer@concord.example',
      /Suivi qui vous est confié/,
    );
    expect(mail.subject).toBe('Suivi qui vous est confié : Send the draft border agreement to the ministry');
    expect(mail.text).toContain(
      'Demo partnership officer (NATO International Staff) vous a confié un suivi.',
    );
    expect(mail.text).toContain('Échéance: 15 juillet 2011');
    expect(mail.text).toContain('Issu de la rencontre avec Tadjikistan du 8 juillet 2011');
    const link = mail.text?.match(/Ouvrir le suivi: (\S+)/)?.[1] ?? '';
    expect(link.startsWith(`${app.base}${meetingUrl}#follow-up-`)).toBe(true);
    expect(mail.html).toContain(`href="${link}"`);

    // The colleague follows the link and finds the task at home, marked overdue.
    const theirs = await app.openPage('/');
    await app.signIn(theirs, 'colleague');
    const tasks = theirs.getByRole('list', { name: 'My tasks' });
    const item = tasks.getByRole('listitem').filter({ hasText: 'Send the draft border agreement' });
    await item.waitFor();
    expect(await item.getAttribute('data-overdue')).toBe('true');
    await item.getByRole('link').click();
    await theirs.getByRole('heading', { level: 1, name: /Tajikistan, 8 July 2011/ }).waitFor();
    await theirs
      .getByRole('article', { name: 'Send the draft border agreement to the ministry' })
      .getByText('Assigned to you')
      .waitFor();
    await saveScreen(theirs, 'tasks-colleague');
  }, 150_000);

  it('staff edit, delete and undo a follow-up from the board', async () => {
    const page = await app.openPage('/');
    page.setDefaultTimeout(20_000);
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/dialogue/follow-ups`);
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    await page
      .getByLabel(/^Partner/)
      .first()
      .fill('Tajik');
    await page.getByRole('option', { name: 'Tajikistan' }).click();
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page
      .getByLabel(/^Meeting/)
      .first()
      .click();
    await page
      .getByRole('listbox', { name: /^Meeting/ })
      .getByRole('option')
      .first()
      .click();
    const form = page.getByRole('form', { name: 'New follow-up' });
    await form.getByLabel(/^Action/).fill('Book the liaison office meeting room');
    await form.getByRole('button', { name: 'Save the follow-up' }).click();
    const card = page.getByRole('article', { name: 'Book the liaison office meeting room' });
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit the follow-up' });
    await edit.getByLabel(/^Action/).fill('Book the liaison office conference room');
    await edit.getByRole('button', { name: 'Save the follow-up' }).click();
    const renamed = page.getByRole('article', { name: 'Book the liaison office conference room' });
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: 'deleted' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await page.getByRole('article', { name: 'Book the liaison office conference room' }).waitFor();
    await expectAccessible(page);
  }, 120_000);
});
