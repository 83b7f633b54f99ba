/**
 * Starts the real Deskline server in a process of its own on an existing database, for the
 * two-process tests. Environment: DESKLINE_TEST_DATABASE (a DatabaseConfig as JSON). Prints main.ts's
 * ready line (`health http://…/healthz`, what startApi waits for) when listening; on SIGTERM it stops
 * the server, closes its connections and exits.
 */
require('../../support/register-ts');
require('./api-process-main.ts');
