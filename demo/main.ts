/**
 * The demo portal: a mock "Acme Portal" running every kit element on the embedded memory
 * client. State survives reloads (localStorage); "Reset demo data" starts over.
 */
import { html, nothing, render } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/index.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteKitProvider } from '../src/invite-kit-provider/invite-kit-provider.js';
import { directionOf } from '../src/i18n/format.js';
import { outboxPage } from './outbox.js';

const STATE_KEY = 'invite-kit-demo:state';
const VIEWER_KEY = 'invite-kit-demo:viewer';
const SCHEME_KEY = 'invite-kit-demo:scheme';
const THEME_KEY = 'invite-kit-demo:theme';
const LOCALE_KEY = 'invite-kit-demo:locale';

const viewerId = localStorage.getItem(VIEWER_KEY) ?? 'u-avery';
const client = createMemoryClient({
  viewerId,
  latency: { min: 150, max: 450 },
  // Invitation messages link to this demo's accept page (see the Outbox).
  acceptUrl: (token) => new URL(`#/accept?token=${encodeURIComponent(token)}`, location.href).href,
  storage: {
    load: () => localStorage.getItem(STATE_KEY),
    save: (json) => localStorage.setItem(STATE_KEY, json),
  },
});

const provider = document.querySelector<InviteKitProvider>('#provider')!;
provider.client = client;

// ---- Demo controls ---------------------------------------------------------------------

const viewerSwitch = document.querySelector<HTMLSelectElement>('#viewer-switch')!;
viewerSwitch.value = viewerId;
viewerSwitch.addEventListener('change', () => {
  localStorage.setItem(VIEWER_KEY, viewerSwitch.value);
  location.reload();
});

const schemeSwitch = document.querySelector<HTMLSelectElement>('#scheme-switch')!;
function applyScheme(scheme: string) {
  if (scheme) document.documentElement.dataset.scheme = scheme;
  else delete document.documentElement.dataset.scheme;
}
schemeSwitch.value = localStorage.getItem(SCHEME_KEY) ?? '';
applyScheme(schemeSwitch.value);
schemeSwitch.addEventListener('change', () => {
  localStorage.setItem(SCHEME_KEY, schemeSwitch.value);
  applyScheme(schemeSwitch.value);
});

// Themes are plain stylesheets a host links; the default needs none.
const THEMES: Record<string, string> = {
  corporate: new URL('../src/themes/corporate.css', import.meta.url).href,
  'high-contrast': new URL('../src/themes/high-contrast.css', import.meta.url).href,
};
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
function applyTheme(theme: string) {
  let link = document.querySelector<HTMLLinkElement>('link#theme-stylesheet');
  if (!THEMES[theme]) return link?.remove();
  link ??= Object.assign(document.createElement('link'), { id: 'theme-stylesheet', rel: 'stylesheet' });
  link.href = THEMES[theme]!;
  document.head.append(link);
}
themeSwitch.value = localStorage.getItem(THEME_KEY) ?? '';
applyTheme(themeSwitch.value);
themeSwitch.addEventListener('change', () => {
  localStorage.setItem(THEME_KEY, themeSwitch.value);
  applyTheme(themeSwitch.value);
});

// The page's language and direction: every element follows the document (Arabic mirrors the whole portal).
const localeSwitch = document.querySelector<HTMLSelectElement>('#locale-switch')!;
function applyLocale(locale: string) {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
localeSwitch.value = localStorage.getItem(LOCALE_KEY) ?? 'en';
applyLocale(localeSwitch.value);
localeSwitch.addEventListener('change', () => {
  localStorage.setItem(LOCALE_KEY, localeSwitch.value);
  applyLocale(localeSwitch.value);
});

document.querySelector('#reset-demo')!.addEventListener('click', () => {
  localStorage.removeItem(STATE_KEY);
  location.reload();
});

// The workspace panel asks the host to open the portal invitation for new internal users.
document.addEventListener('invite-new-internal-user-requested', () => openInviteDialog());

function openInviteDialog() {
  const dialog = document.querySelector('invite-user-dialog') ?? document.createElement('invite-user-dialog');
  if (!dialog.isConnected) provider.append(dialog);
  dialog.show();
}

// ---- Pages -----------------------------------------------------------------------------

const page = document.querySelector<HTMLElement>('#page')!;

function homePage() {
  return html`
    <section class="card">
      <h1>Welcome to Acme Portal</h1>
      <p>
        This demo runs every invite-kit element on the embedded in-memory backend. Open the profile menu at the top
        right to <strong>Invite Internal User</strong> or <strong>Share Invite Link</strong>; manage members in the two
        workspaces; invite people from <a href="#/admin/internal-users">Admin Portal › Internal Users</a>. Switch to a
        viewer who is not an admin to see what they can and cannot do. Every invitation you send lands in the
        <a href="#/outbox">Outbox</a>: open it as the invited person and accept it.
      </p>
    </section>
    ${signUpPage()}
  `;
}

/**
 * The page the shared link opens, as a signed-out visitor on this same portal: paste a link
 * from "Share Invite Link" (the current one is filled in), sign up, and see the new person in
 * Admin Portal › Internal Users. After "Refresh Link", the old link's page turns to "no longer
 * active" without a reload.
 */
function signUpPage() {
  const visitor = client.asViewer('signed-out-visitor');
  const onLink = (event: Event) => {
    const value = (event.target as HTMLInputElement).value.trim();
    const signUp = page.querySelector('invite-link-sign-up');
    if (signUp && value) signUp.link = value;
  };
  const onSignedUp = (event: HTMLElementEventMap['invite-link-signed-up']) => {
    console.info(`Demo: ${event.detail.user.fullName} signed up through the invite link; a host would navigate now.`);
  };
  const onSignIn = () => console.info('Demo: sign-in-requested; a host would open its sign-in page.');
  // The current link, as "Share Invite Link" shows it: the page opens with it, as if it had been clicked.
  const opened = client.getInviteLink().then(
    ({ url }) => html`
      <section class="card" aria-labelledby="try-link">
        <h2 id="try-link">Try an invite link</h2>
        <p class="muted">
          What a person sees when they open a link copied from “Share Invite Link”, signed out. Paste another link to
          try it; after “Refresh Link”, this page says the link is no longer active, without a reload.
        </p>
        <div class="row">
          <label>Invite link <input id="try-link-url" type="url" autocomplete="off" .value=${url} @change=${onLink} /></label>
        </div>
      </section>
      <section class="card">
        <invite-link-sign-up
          heading-level="2"
          link=${url}
          .client=${visitor}
          @invite-link-signed-up=${onSignedUp}
          @sign-in-requested=${onSignIn}
        ></invite-link-sign-up>
      </section>
    `,
  );
  return until(opened, nothing);
}

function workspacePage(workspaceId: string) {
  return html`<workspace-members-panel workspace-id=${workspaceId}></workspace-members-panel>`;
}

function adminPage() {
  if (customElements.get('internal-users-admin')) {
    return html`<internal-users-admin></internal-users-admin>`;
  }
  return html`
    <section class="card">
      <h1>Internal Users</h1>
      <button type="button" @click=${openInviteDialog}>Invite</button>
    </section>
    <section class="card placeholder">
      <h2>Share Invite Link</h2>
      <share-invite-link></share-invite-link>
    </section>
  `;
}

/** The page an invitation message opens, as the invited person sees it: signed out. */
function acceptPage(token: string) {
  return html`<section class="card">
    <accept-invitation .client=${client.asViewer('signed-out')} token=${token}></accept-invitation>
  </section>`;
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const workspace = /^\/workspaces\/([\w-]+)$/.exec(hash);
  const accept = /^\/accept\?(.*)$/.exec(hash);
  const content = workspace
    ? workspacePage(workspace[1]!)
    : accept
      ? acceptPage(new URLSearchParams(accept[1]).get('token') ?? '')
      : hash === '/outbox'
        ? outboxPage(client)
        : hash === '/admin/internal-users'
          ? adminPage()
          : homePage();
  render(content ?? nothing, page);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.portal-nav a')) {
    if (link.getAttribute('href') === `#${hash}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', () => {
  route();
  page.focus();
});
// The Outbox shows what was sent as it is sent, and what became of it.
client.subscribe(() => {
  if (location.hash === '#/outbox') route();
});
route();
