// The page's own script: the same for the module bundle (index.html) and the classic
// script (from-disk.html), which exposes the kit as `window.InviteKit`.
export function start(kit) {
  // Spanish comes from the kit's own translation, added by the page with a second script
  // (locales/es.js next to the bundle). Any wording can be changed by message key:
  kit.overrideMessages('es', { 'inviteForm.contact': 'Correo electrónico o teléfono móvil' });
  // (A language the kit doesn't ship: kit.registerTranslation(locale, messages).)

  const provider = document.querySelector('invite-kit-provider');
  // With no `client`, elements use the kit's embedded in-memory demo portal. Against your backend:
  //   provider.client = createFetchClient({ baseUrl: '/api/invite-kit' }) (from client.js next to the bundle;
  //   window.InviteKit.createFetchClient with the classic script)
  // or any object implementing the InviteClient interface.

  const form = document.querySelector('invite-user-form');
  form.deliveryOptions = false; // a property: objects and `false` are set in script, not as attributes
  form.addEventListener('invite-sent', (event) => {
    document.querySelector('#last-invite').textContent = `Invited ${event.detail.input.fullName}`;
  });
  document.querySelector('#start-over').addEventListener('click', () => form.reset());
  document.querySelector('#language').addEventListener('change', (event) => {
    provider.lang = event.target.value;
  });
}
