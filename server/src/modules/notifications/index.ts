/** The notifications module: mail kept in the database and sent by a job. */
export { createNotificationsService, SEND_MAIL_JOB, type NotificationsService, type MailToQueue } from './notifications.service.ts';
export { notificationsJobs } from './notifications.jobs.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { notificationsMigrations } from './migrations/index.ts';
export { notificationsPersonalData } from './notifications.privacy.ts';
export { NotificationErrors } from './notifications.errors.ts';
export type { MailMessageRow } from './notifications.tables.ts';
