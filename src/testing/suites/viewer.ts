import { CapabilitiesSchema, ViewerSchema } from '../../client/schemas.js';
import { checkEqual, checkSchema } from '../assertions.js';
import type { SuiteTools } from '../runner.js';

export function viewerTests({ describe, it }: SuiteTools): void {
  describe('capabilities and viewer', () => {
    it('declares its capabilities', async ({ admin }) => {
      checkSchema(CapabilitiesSchema, admin.capabilities, 'capabilities');
    });

    it('names a portal admin as the admin viewer', async ({ admin }) => {
      const viewer = checkSchema(ViewerSchema, await admin.getViewer(), 'getViewer()');
      checkEqual(viewer.isPortalAdmin, true, 'admin viewer isPortalAdmin');
    });

    it('names a non-admin viewer as not a portal admin', async ({ nonAdmin }) => {
      const viewer = checkSchema(ViewerSchema, await nonAdmin.getViewer(), 'getViewer()');
      checkEqual(viewer.isPortalAdmin, false, 'non-admin viewer isPortalAdmin');
    });
  });
}
