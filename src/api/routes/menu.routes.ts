import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { menuCatalogueRoutes } from './menu-catalogue.routes.js';
import { menuExchangeRoutes } from './menu-exchange.routes.js';
import { menuNominationRoutes } from './menu-nominations.routes.js';

/** Routes of the cooperation menu, exercises, nominations and allocation rounds. */
export function menuRoutes(app: FastifyInstance, store: Store): void {
  menuCatalogueRoutes(app, store);
  menuNominationRoutes(app, store);
  menuExchangeRoutes(app, store);
}
