// The generated refs are the declarations' methods and paths (and stay in step with them), and
// their types give a caller exactly the declared input and answer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { endpointRefsDir, renderEndpointRefs } from '../scripts/renderEndpointRefs.js';
import type { ConsultationOutput, ConsultationListQuery, RescheduleBody } from './consultations.js';
import type { EndpointInput, EndpointOf, EndpointOutput, IsJsonEndpoint } from './endpointRef.js';
import * as declared from './endpoints/index.js';
import type { filesEndpoints } from './endpoints/files.js';
import type { eventsEndpoints } from './endpoints/events.js';
import type { PatchEventBody } from './events.js';
import * as refs from './generated/endpointRefs.js';

describe('generated endpoint refs', () => {
  it('are up to date with the declarations (npm run contract:refs rewrites them)', async () => {
    const rendered = await renderEndpointRefs();
    for (const [file, text] of rendered) expect(fs.existsSync(file) && fs.readFileSync(file, 'utf8'), file).toBe(text);
    const domainFiles = fs.readdirSync(endpointRefsDir).map((name) => path.join(endpointRefsDir, name));
    expect(domainFiles.filter((file) => !rendered.has(file))).toEqual([]);
  });

  it('hold the method and path of every declared endpoint, and nothing else', () => {
    const fromRefs = Object.entries(refs).flatMap(([domain, endpoints]) =>
      Object.entries(endpoints).map(([name, ref]) => ({ key: `${domain}Endpoints.${name}`, ref })),
    );
    const fromDeclarations = Object.entries(declared).flatMap(([domain, endpoints]) =>
      Object.entries(endpoints).map(([name, endpoint]) => ({
        key: `${domain}.${name}`,
        ref: { method: endpoint.method, path: endpoint.path },
      })),
    );
    expect(fromRefs).toEqual(fromDeclarations);
    expect(refs.consultations.reschedule).toEqual({ method: 'post', path: '/consultations/:id/reschedule' });
  });
});

describe('EndpointInput and EndpointOutput', () => {
  type Reschedule = EndpointOf<typeof refs.consultations.reschedule>;

  it('take params, query and body from the declared schemas, each only when declared', () => {
    expectTypeOf<EndpointInput<Reschedule>>().toEqualTypeOf<{ params: { id: string }; body: z.input<typeof RescheduleBody> }>();
    type List = EndpointOf<typeof refs.consultations.list>;
    // Every filter is optional, so the query may be left out.
    expectTypeOf<EndpointInput<List>>().toEqualTypeOf<{ query?: z.input<typeof ConsultationListQuery> }>();
    expectTypeOf<keyof EndpointInput<EndpointOf<typeof refs.reference.lists>>>().toEqualTypeOf<never>();
  });

  it('send a handler-validated docBody as the JSON body, never an upload’s', () => {
    expectTypeOf<EndpointInput<typeof eventsEndpoints.update>>().toEqualTypeOf<{
      params: { id: string };
      // Every field of a patch is optional, so the body may be left out (`{}` is sent).
      body?: z.input<typeof PatchEventBody>;
    }>();
    expectTypeOf<keyof EndpointInput<typeof filesEndpoints.upload>>().toEqualTypeOf<never>();
    expectTypeOf<IsJsonEndpoint<typeof filesEndpoints.upload>>().toEqualTypeOf<false>();
    expectTypeOf<IsJsonEndpoint<typeof declared.reportsEndpoints.exportCsv>>().toEqualTypeOf<false>();
    expectTypeOf<IsJsonEndpoint<Reschedule>>().toEqualTypeOf<true>();
  });

  it('answer the first success schema’s output, void for 204', () => {
    expectTypeOf<EndpointOutput<Reschedule>>().toEqualTypeOf<z.output<typeof ConsultationOutput>>();
    expectTypeOf<EndpointOutput<EndpointOf<typeof refs.accounts.logout>>>().toEqualTypeOf<void>();
    expectTypeOf<EndpointOutput<typeof declared.userAdminEndpoints.sendPasswordReset>>().not.toEqualTypeOf<void>();
  });
});
