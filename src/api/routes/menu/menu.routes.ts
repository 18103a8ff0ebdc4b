import type { FastifyInstance } from 'fastify';
import type { Store } from '../../../store/core/db.js';
import { menuExchangeRoutes } from '../exchange/menu-exchange.routes.js';
import { menuNominationRoutes } from '../nominations/nominations.routes.js';
import { menuCatalogueRoutes } from './menu-catalogue.routes.js';

/** Routes of the cooperation menu, exercises, nominations and allocation rounds. */
export function menuRoutes(app: FastifyInstance, store: Store): void {
  menuCatalogueRoutes(app, store);
  menuNominationRoutes(app, store);
  menuExchangeRoutes(app, store);
}
