import type { Handlers } from '../ipc/types';
import type { DashboardService } from './dashboardService';

export function createDashboardHandlers(dashboard: DashboardService): Pick<Handlers, 'dashboard:summary'> {
  return {
    'dashboard:summary': () => dashboard.summary(),
  };
}
