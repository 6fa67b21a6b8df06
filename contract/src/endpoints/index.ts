// Every endpoint the API declares, by domain (@ketnoi/contract/endpoints/index). Not re-exported from
// the package root: a client bundle takes only the declarations it imports.
export { healthEndpoints } from './health.js';
export { referenceEndpoints } from './reference.js';
export { accountsEndpoints } from './accounts.js';
export { profilesEndpoints } from './profiles.js';
export { needsEndpoints } from './needs.js';
export { searchEndpoints } from './search.js';
export { matchingEndpoints } from './matching.js';
export { staffEndpoints } from './staff.js';
export { provincesEndpoints } from './provinces.js';
export { conflictsEndpoints } from './conflicts.js';
export { reportsEndpoints } from './reports.js';
export { auditEndpoints } from './audit.js';
export { eventsEndpoints } from './events.js';
export { callsEndpoints } from './calls.js';
export { introsEndpoints } from './intros.js';
export { consultationsEndpoints } from './consultations.js';
export { conversationsEndpoints } from './conversations.js';
export { notificationsEndpoints } from './notifications.js';
export { mailEndpoints } from './mail.js';
export { filesEndpoints } from './files.js';
export { opportunitiesEndpoints } from './opportunities.js';
export { portalEndpoints } from './portal.js';
export { userAdminEndpoints } from './userAdmin.js';
