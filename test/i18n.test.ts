/**
 * The shipped translations: every locale has exactly English's keys, the same placeholders
 * and the plural forms its language uses; numbers, counts and relative times go through Intl;
 * an element's locale comes from its own `lang`, then the provider, then the page; host
 * overrides win; right-to-left locales turn the element around.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearMessageOverrides, englishMessages, overrideMessages } from '../src/i18n/catalogue.js';
import { formatRelativeTime, translate } from '../src/i18n/format.js';
import type { Message, Messages } from '../src/i18n/catalogue.js';
import { ar, de, es, ja } from '../src/i18n/locales/all.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { InviteKitProvider } from '../src/invite-kit-provider/invite-kit-provider.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/invite-user-dialog.js';
import type { ResendInviteButton } from '../src/resend-invite-button/resend-invite-button.js';
import { waitUntil } from './fixtures/wait.js';
import { deepText, one, part, text, typeInto } from './fixtures/dom.js';

const LOCALES: Record<string, Messages> = { es, de, ja, ar };

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]!));
const forms = (message: Message): Record<string, string> => (typeof message === 'string' ? { other: message } : message);

/** The plural forms a language really uses for whole counts (Spanish's `many` only starts at a million). */
function usedCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const used = new Set<string>();
  for (let count = 0; count <= 1000; count++) used.add(rules.select(count));
  return used;
}

const dialogTitle = (dialog: InviteUserDialog) => text(one(dialog, '#title'));

describe('translations', () => {
  const english = englishMessages();

  it('English itself uses each plural form English has, and no other', () => {
    const problems: string[] = [];
    const allowed = new Set(new Intl.PluralRules('en').resolvedOptions().pluralCategories);
    for (const [key, message] of Object.entries(english)) {
      if (typeof message === 'string') continue;
      for (const form of Object.keys(message)) if (!allowed.has(form as Intl.LDMLPluralRule)) problems.push(`${key}: ${form}`);
    }
    expect(problems).to.deep.equal([]);
  });

  for (const [locale, messages] of Object.entries(LOCALES)) {
    describe(locale, () => {
      it('has every English key and no other', () => {
        const missing = Object.keys(english).filter((key) => !(key in messages));
        const extra = Object.keys(messages).filter((key) => !(key in english));
        expect({ missing, extra }).to.deep.equal({ missing: [], extra: [] });
      });

      it('keeps English’s placeholders in every message', () => {
        const problems: string[] = [];
        for (const [key, translated] of Object.entries(messages)) {
          const original = english[key];
          if (original === undefined) continue;
          if (typeof original !== typeof translated) {
            problems.push(`${key}: ${typeof original === 'string' ? 'a plain' : 'a plural'} message in English`);
            continue;
          }
          const wanted = placeholders(forms(original).other!);
          for (const [form, text] of Object.entries(forms(translated))) {
            const found = placeholders(text);
            // A form for one exact number ("one", "two"…) may spell the number out instead of using {count}.
            const expected = new Set([...wanted].filter((name) => form === 'other' || name !== 'count'));
            const unknown = [...found].filter((name) => !wanted.has(name));
            const lost = [...expected].filter((name) => !found.has(name));
            if (unknown.length || lost.length) {
              problems.push(
                `${key} (${form}): ${lost
                  .map((name) => `lost {${name}}`)
                  .concat(unknown.map((name) => `unknown {${name}}`))
                  .join(', ')}`,
              );
            }
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it(`gives plural messages exactly the forms ${locale} uses`, () => {
        const allowed = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
        const needed = usedCategories(locale);
        const problems: string[] = [];
        for (const [key, translated] of Object.entries(messages)) {
          if (typeof translated === 'string') continue;
          const have = new Set(Object.keys(translated));
          const missing = [...needed].filter((form) => !have.has(form));
          const foreign = [...have].filter((form) => !allowed.has(form));
          if (missing.length) problems.push(`${key}: missing ${missing.join(', ')}`);
          if (foreign.length) problems.push(`${key}: ${locale} has no ${foreign.join(', ')} form`);
        }
        expect(problems).to.deep.equal([]);
      });

      it('is translated, not copied: most messages differ from English', () => {
        const same = Object.entries(messages).filter(([key, text]) => JSON.stringify(text) === JSON.stringify(english[key]));
        // Some are the same in any language ("{total}: {details}", "example.com"), some in German ("Status", "Team").
        expect(same.length, same.map(([key]) => key).join(', ')).to.be.below(Object.keys(messages).length * 0.05);
      });
    });
  }
});

describe('formatting through Intl', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const threeDaysAgo = new Date('2026-03-07T12:00:00Z');

  it('says “3 days ago” in each locale’s words', () => {
    expect(formatRelativeTime('en', threeDaysAgo, now)).to.equal('3 days ago');
    expect(formatRelativeTime('es', threeDaysAgo, now)).to.equal('hace 3 días');
    expect(formatRelativeTime('de', threeDaysAgo, now)).to.equal('vor 3 Tagen');
    expect(formatRelativeTime('ja', threeDaysAgo, now)).to.equal('3 日前');
    expect(formatRelativeTime('ar', threeDaysAgo, now)).to.equal(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'day'));
    expect(translate('en', 'members.invitedAt', { time: formatRelativeTime('en', threeDaysAgo, now) })).to.equal('Invited 3 days ago');
    expect(translate('de', 'members.invitedAt', { time: formatRelativeTime('de', threeDaysAgo, now) })).to.equal('Eingeladen: vor 3 Tagen');
    expect(translate('ja', 'resendInvite.sentTo', { name: 'Ana', time: formatRelativeTime('ja', threeDaysAgo, now) })).to.equal(
      '3 日前に Ana さんへ招待を送信しました。',
    );
  });

  it('counts with the right plural form and the locale’s digits', () => {
    const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);
    expect(translate('en', 'members.teamNotJoined', { count: 2 })).to.equal('2 have not joined');
    expect(translate('en', 'members.count', { count: 1 })).to.equal('1 member');
    expect(translate('en', 'members.count', { count: 12345 })).to.equal('12,345 members');
    expect(translate('es', 'members.count', { count: 1 })).to.equal('1 miembro');
    expect(translate('es', 'members.count', { count: 12345 })).to.equal(`${number('es', 12345)} miembros`);
    expect(translate('de', 'members.count', { count: 2 })).to.equal('2 Mitglieder');
    expect(translate('de', 'members.count', { count: 12345 })).to.equal('12.345 Mitglieder');
    expect(translate('ja', 'members.count', { count: 2 })).to.equal('2 人のメンバー');
    // Arabic: zero, one, two, few (3–10), many (11–99), other (100+).
    expect(translate('ar', 'members.count', { count: 0 })).to.equal('لا أعضاء');
    expect(translate('ar', 'members.count', { count: 1 })).to.equal('عضو واحد');
    expect(translate('ar', 'members.count', { count: 2 })).to.equal('عضوان');
    expect(translate('ar', 'members.count', { count: 3 })).to.equal(`${number('ar', 3)} أعضاء`);
    expect(translate('ar', 'members.count', { count: 11 })).to.equal(`${number('ar', 11)} عضوًا`);
    expect(translate('ar', 'members.count', { count: 100 })).to.equal(`${number('ar', 100)} عضو`);
  });

  it('shows a sent count in a rendered element, in its locale', async () => {
    const client = createMemoryClient();
    const el = await fixture<ResendInviteButton>(html`<resend-invite-button
      lang="de"
      .client=${client}
      workspace-id=${DEMO_IDS.groupWorkspaceId}
      team-id=${DEMO_IDS.supportTeamId}
      cooldown="0"
    ></resend-invite-button>`);
    expect(part(el, 'button').textContent).to.contain('Einladung erneut senden');
    part(el, 'button').click();
    const status = () => text(part(el, 'status'));
    await waitUntil(() => status() !== '', 'no status after resending', { timeout: 4000 });
    expect(status()).to.match(/^Einladungen gerade eben an \d+ Mitglieder gesendet\.$/u);
  });
});

describe('which locale an element speaks', () => {
  const originalLang = document.documentElement.lang;
  const originalDir = document.documentElement.dir;

  afterEach(() => {
    document.documentElement.lang = originalLang;
    document.documentElement.dir = originalDir;
    clearMessageOverrides();
  });

  it('its own lang first, then the provider’s, then the nearest lang, then the document’s', async () => {
    document.documentElement.lang = 'ja';
    const root = await fixture<HTMLElement>(html`<div>
      <invite-kit-provider lang="de">
        <invite-user-dialog id="own" lang="es"></invite-user-dialog>
        <invite-user-dialog id="provided"></invite-user-dialog>
        <div lang="ar"><invite-user-dialog id="provider-over-nearer"></invite-user-dialog></div>
      </invite-kit-provider>
      <div lang="es"><invite-user-dialog id="nearest"></invite-user-dialog></div>
      <invite-user-dialog id="page"></invite-user-dialog>
    </div>`);
    const dialog = (id: string) => root.querySelector<InviteUserDialog>(`#${id}`)!;
    await Promise.all(['own', 'provided', 'provider-over-nearer', 'nearest', 'page'].map((id) => dialog(id).updateComplete));
    expect(dialogTitle(dialog('own'))).to.equal('Invitar usuario interno');
    expect(dialogTitle(dialog('provided'))).to.equal('Internen Benutzer einladen');
    expect(dialogTitle(dialog('provider-over-nearer'))).to.equal('Internen Benutzer einladen');
    expect(dialogTitle(dialog('nearest'))).to.equal('Invitar usuario interno');
    expect(dialogTitle(dialog('page'))).to.equal('社内ユーザーを招待');
  });

  it('follows changes to its lang, the provider’s and the document’s', async () => {
    document.documentElement.lang = 'en';
    const provider = await fixture<InviteKitProvider>(
      html`<invite-kit-provider><invite-user-dialog></invite-user-dialog></invite-kit-provider>`,
    );
    const dialog = provider.querySelector<InviteUserDialog>('invite-user-dialog')!;
    await dialog.updateComplete;
    expect(dialogTitle(dialog)).to.equal('Invite Internal User');
    document.documentElement.lang = 'ja';
    await waitUntil(() => dialogTitle(dialog) === '社内ユーザーを招待', 'the document’s lang was not followed');
    provider.setAttribute('lang', 'de');
    await waitUntil(() => dialogTitle(dialog) === 'Internen Benutzer einladen', 'the provider’s lang was not followed');
    dialog.lang = 'es';
    await waitUntil(() => dialogTitle(dialog) === 'Invitar usuario interno', 'the element’s own lang was not followed');
    dialog.removeAttribute('lang');
    await waitUntil(
      () => dialogTitle(dialog) === 'Internen Benutzer einladen',
      'removing the element’s lang did not fall back to the provider',
    );
  });

  it('does not give a provider without lang an empty lang (which would mean “unknown language”)', async () => {
    const provider = await fixture<InviteKitProvider>(html`<invite-kit-provider></invite-kit-provider>`);
    await provider.updateComplete;
    expect(provider.hasAttribute('lang')).to.equal(false);
  });

  it('kit elements inside another one speak its language', async () => {
    const menu = await fixture<InviteProfileMenu>(html`<invite-kit-provider lang="de">
      <invite-profile-menu lang="ar" .client=${createMemoryClient()}></invite-profile-menu>
    </invite-kit-provider>`).then((provider) => provider.querySelector<InviteProfileMenu>('invite-profile-menu')!);
    await menu.updateComplete;
    await menu.openInviteDialog();
    const dialog = menu.shadowRoot!.querySelector<InviteUserDialog>('invite-user-dialog')!;
    await dialog.updateComplete;
    expect(dialogTitle(dialog)).to.equal('دعوة مستخدم داخلي');
    expect(getComputedStyle(dialog.shadowRoot!.querySelector('dialog')!).direction).to.equal('rtl');
    await dialog.hide();
  });

  it('host overrides win over the shipped translations, per locale', async () => {
    overrideMessages('es', { 'inviteDialog.title': 'Invitar a un compañero' });
    overrideMessages('en', { 'inviteDialog.title': 'Invite a colleague' });
    const root = await fixture<HTMLElement>(html`<div>
      <invite-user-dialog lang="es"></invite-user-dialog>
      <invite-user-dialog lang="en"></invite-user-dialog>
      <invite-user-dialog lang="de"></invite-user-dialog>
    </div>`);
    const [spanish, english, german] = [...root.querySelectorAll<InviteUserDialog>('invite-user-dialog')];
    await Promise.all([spanish!.updateComplete, english!.updateComplete, german!.updateComplete]);
    expect(dialogTitle(spanish!)).to.equal('Invitar a un compañero');
    expect(dialogTitle(english!)).to.equal('Invite a colleague');
    expect(dialogTitle(german!)).to.equal('Internen Benutzer einladen');
    // A regional tag falls back to its language, overrides included.
    expect(translate('es-MX', 'inviteDialog.title')).to.equal('Invitar a un compañero');
  });
});

describe('right to left', () => {
  it('an element with lang="ar" turns right to left by itself, unless the page set its dir', async () => {
    const root = await fixture<HTMLElement>(html`<div dir="ltr">
      <invite-user-dialog id="arabic" lang="ar"></invite-user-dialog>
      <invite-user-dialog id="pinned" lang="ar" dir="ltr"></invite-user-dialog>
      <invite-kit-provider lang="ar"><invite-user-dialog id="provided"></invite-user-dialog></invite-kit-provider>
      <invite-user-dialog id="english"></invite-user-dialog>
    </div>`);
    const dialog = (id: string) => root.querySelector<InviteUserDialog>(`#${id}`)!;
    await Promise.all(['arabic', 'pinned', 'provided', 'english'].map((id) => dialog(id).updateComplete));
    expect(getComputedStyle(dialog('arabic')).direction).to.equal('rtl');
    expect(getComputedStyle(dialog('provided')).direction).to.equal('rtl');
    expect(dialog('pinned').getAttribute('dir')).to.equal('ltr');
    expect(dialog('english').hasAttribute('dir')).to.equal(false);
    dialog('arabic').lang = 'en';
    await dialog('arabic').updateComplete;
    expect(getComputedStyle(dialog('arabic')).direction).to.equal('ltr');
  });

  it('mirrors the layout: the dialog’s close button sits on the left in Arabic', async () => {
    const dialog = await fixture<InviteUserDialog>(
      html`<invite-user-dialog lang="ar" .client=${createMemoryClient()}></invite-user-dialog>`,
    );
    await dialog.show();
    const header = part(dialog, 'header').getBoundingClientRect();
    const close = part(dialog, 'close-button').getBoundingClientRect();
    const title = part(dialog, 'title').getBoundingClientRect();
    expect(close.left - header.left).to.be.below(header.right - close.right);
    expect(title.left).to.be.above(close.right);
    await dialog.hide();
  });
});

describe('client text in a sentence is set apart, wherever it could reorder the sentence', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  /** The message as written, its one placeholder filled with `value` by hand. */
  const filled = (locale: string, key: string, name: string, value: string) => {
    const messages: Messages = locale === 'en' ? englishMessages() : LOCALES[locale]!;
    return (messages[key] as string).replace(`{${name}}`, value);
  };

  it('a phone number or an email address in an Arabic sentence is isolated (its "+", spaces and dots would join the Arabic)', () => {
    expect(translate('ar', 'acceptInvitation.sentTo', { contact: '+1 555 0100' })).to.equal(
      filled('ar', 'acceptInvitation.sentTo', 'contact', `${FSI}+1 555 0100${PDI}`),
    );
    expect(translate('ar', 'acceptInvitation.sentTo', { contact: 'ines@example.com' })).to.equal(
      filled('ar', 'acceptInvitation.sentTo', 'contact', `${FSI}ines@example.com${PDI}`),
    );
    // A Latin name in an Arabic sentence too; numbers are the locale's own digits, formatted, not client text.
    expect(translate('ar', 'joinRequest.formLabel', { workspace: 'Design Team' })).to.include(`${FSI}Design Team${PDI}`);
    expect(translate('ar', 'resendInvite.coolingDown', { count: 3 })).not.to.include(FSI);
  });

  it('a Hebrew or Arabic name in an English sentence is isolated (the kit’s words after it would join it)', () => {
    expect(translate('en', 'joinRequest.formLabel', { workspace: 'צוות עיצוב' })).to.equal(`Request to join ${FSI}צוות עיצוב${PDI}`);
    expect(translate('en', 'signUp.done', { portal: 'Acme Portal', name: 'سارة', contact: 'sara@example.com' })).to.equal(
      `Welcome to Acme Portal, ${FSI}سارة${PDI}. You can now sign in with sara@example.com.`,
    );
  });

  it('an English sentence with Latin values is exactly as written, in every left-to-right locale', () => {
    expect(translate('en', 'joinRequest.formLabel', { workspace: 'Design Team' })).to.equal('Request to join Design Team');
    expect(translate('en', 'acceptInvitation.sentTo', { contact: '+1 555 0100' })).to.equal('Sent to +1 555 0100');
    for (const locale of ['es', 'de', 'ja']) {
      expect(translate(locale, 'acceptInvitation.sentTo', { contact: '+1 555 0100' }), locale).to.equal(
        filled(locale, 'acceptInvitation.sentTo', 'contact', '+1 555 0100'),
      );
    }
  });

  it('bidi controls are still isolated in any locale, and a stray isolate closer cannot end the isolate early', () => {
    expect(translate('en', 'joinRequest.formLabel', { workspace: 'Bob\u202Egnp.exe' })).to.equal(
      `Request to join ${FSI}Bob\u202Egnp.exe${PDI}`,
    );
    expect(translate('ar', 'joinRequest.formLabel', { workspace: '\u2069\u202Eescaped' })).to.include(`${FSI}\u202Eescaped${PDI}`);
  });

  it('a page in Arabic says the phone number a person signed up with as one piece', async () => {
    const admin = createMemoryClient();
    const url = (await admin.getInviteLink()).url;
    const el = await fixture<HTMLElement & { status: string; updateComplete: Promise<unknown> }>(
      html`<invite-link-sign-up lang="ar" .client=${admin.asViewer('signed-out')} link=${url}></invite-link-sign-up>`,
    );
    await waitUntil(() => el.status === 'ready', 'the link is checked');
    typeInto(one<HTMLInputElement>(el, '#fullName'), 'Ada Lovelace', { focus: false });
    typeInto(one<HTMLInputElement>(el, '#contact'), '+44 20 7946 0958', { focus: false });
    await el.updateComplete;
    part(el, 'submit-button').click();
    await waitUntil(() => el.status === 'signed-up', 'signed up');
    await el.updateComplete;
    const message = part(el, 'result-message').textContent!;
    expect(message).to.include(`${FSI}+442079460958${PDI}`);
    expect(message).to.include(`${FSI}Ada Lovelace${PDI}`);
  });
});

describe('floating panels, right to left', () => {
  for (const [lang, edge] of [
    ['en', 'right'],
    ['ar', 'left'],
  ] as const) {
    it(`the profile menu opens ${lang === 'ar' ? 'mirrored: its left edge under the button’s' : 'with its right edge under the button’s'} (${lang})`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="padding-inline: 20rem">
        <invite-profile-menu lang=${lang} .client=${createMemoryClient()}></invite-profile-menu>
      </div>`);
      const menu = wrapper.querySelector<InviteProfileMenu>('invite-profile-menu')!;
      await waitUntil(() => menu.shadowRoot!.querySelector('#button-label')?.textContent?.includes(':'), 'the viewer did not load');
      menu.show();
      const panel = menu.shadowRoot!.querySelector<HTMLElement>('#panel')!;
      await waitUntil(() => panel.style.top, 'the menu was not placed');
      const button = menu.shadowRoot!.querySelector('#button')!.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      expect(Math.abs(box[edge] - button[edge])).to.be.below(1.5);
      menu.close(false);
    });
  }
});

describe('every element, in every shipped locale', () => {
  const KEY_LIKE =
    /\b(?:common|validation|error|usersAdmin|members|menu|requests|link|picker|inviteForm|inviteDialog|shareLink|resendInvite|profileMenu|unsafeLink)\.[\w.-]+/u;

  for (const locale of ['es', 'de', 'ja', 'ar']) {
    it(`shows no message key in ${locale}`, async () => {
      const client = createMemoryClient();
      const root = await fixture<HTMLElement>(html`<invite-kit-provider lang=${locale} .client=${client}>
        <invite-profile-menu></invite-profile-menu>
        <invite-user-dialog tab="share-link" open></invite-user-dialog>
        <workspace-members-panel workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>
        <internal-users-admin></internal-users-admin>
      </invite-kit-provider>`);
      const panel = root.querySelector('workspace-members-panel')!;
      const admin = root.querySelector('internal-users-admin')!;
      await waitUntil(
        () => panel.shadowRoot?.querySelector('[part~="row"]') && admin.shadowRoot?.querySelector('[part~="row"]'),
        'elements did not load',
        {
          timeout: 8000,
        },
      );
      const text = deepText(root, { attributes: ['aria-label', 'placeholder', 'title'] });
      expect(text.match(KEY_LIKE)?.[0], 'a message key shown instead of its text').to.equal(undefined);
      root.querySelector<InviteUserDialog>('invite-user-dialog')!.open = false;
    });
  }
});
