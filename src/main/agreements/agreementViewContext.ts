import { type ServiceContext, todayOf } from '../services/context';
import { createSettingsService } from '../settings/settingsService';
import type { ViewContext } from './agreementView';

/**
 * Today plus the two settings the agreement views use, read through the settings service so
 * stored values fall back to their defaults the same way everywhere. Call it before opening
 * a transaction: it reads through ctx.db, which waits for the transaction's connection.
 */
export async function agreementViewContext(ctx: ServiceContext): Promise<ViewContext> {
  const settings = await createSettingsService(ctx).get();
  return {
    today: todayOf(ctx),
    leadDays: settings.reminderLeadDays,
    collegeName: settings.college.fullName,
  };
}
