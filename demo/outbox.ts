/**
 * The demo's Outbox (demo code, not a kit element): every invitation message the memory client
 * "sent", newest first, each with a link that opens its accept page here, so a demo visitor can
 * invite someone and then accept as them.
 */
import { html, nothing } from 'lit';
import type { MemoryClient } from '../src/client/memory/memory-client.js';

const KIND: Record<string, string> = { portal: 'Portal invitation', workspace: 'Workspace invitation', resend: 'Resent invitation' };

export function outboxPage(client: MemoryClient) {
  const messages = client.outbox();
  return html`
    <section class="card" aria-labelledby="outbox-title">
      <h1 id="outbox-title">Outbox</h1>
      <p class="muted">
        Every invitation the demo portal “sent”, newest first. Open one as the invited person to accept it, then see them
        Joined in the workspace’s Members panel and active in Admin Portal › Internal Users. “Add to Contacts Quietly”
        sends nothing, so it never shows here; invitations to clients carry no accept link.
      </p>
      ${
        messages.length === 0
          ? html`<p>Nothing sent yet. Invite someone with <strong>Invite Internal User</strong> in the profile menu.</p>`
          : html`<ul class="outbox">
              ${messages.map(
                (message) => html`<li class="outbox-item">
                  <div>
                    <strong>${message.fullName}</strong> · <span class="muted">${message.to}</span>
                    <div class="muted">
                      ${KIND[message.kind] ?? message.kind} · ${new Date(message.at).toLocaleString()}
                      ${message.status ? html` · <span class="outbox-status">${message.status}</span>` : nothing}
                    </div>
                  </div>
                  ${message.acceptUrl ? html`<a href=${message.acceptUrl}>Open as the invited person</a>` : nothing}
                </li>`,
              )}
            </ul>`
      }
    </section>
  `;
}
