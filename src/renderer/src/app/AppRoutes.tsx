import { Navigate, Route, Routes } from 'react-router-dom';
import { AgreementListPage } from '../features/agreements/AgreementListPage';
import { CourseListPage } from '../features/courses/CourseListPage';
import { FundingPage } from '../features/funding/FundingPage';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage';
import { PartnerFormPage } from '../features/partners/PartnerFormPage';
import { PartnerListPage } from '../features/partners/PartnerListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrashPage } from '../features/trash/TrashPage';
// [search] route imports
// [reminders] route imports
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { RemindersPage } from '../features/reminders/RemindersPage';
// [agreementsUi] route imports
import { AgreementDetailPage } from '../features/agreements/AgreementDetailPage';
import { AgreementFormPage } from '../features/agreements/AgreementFormPage';
// [programmes] route imports
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
// [admin] route imports
// [capture] route imports
import { FollowUpsPage } from '../features/capture/FollowUpsPage';
// [reports] route imports
import { ReportsPage } from '../features/reports/ReportsPage';
// [documents] route imports
import { DocumentPage } from '../features/documents/DocumentPage';
import { TemplateEditPage } from '../features/documents/TemplateEditPage';
import { TemplatesPage } from '../features/documents/TemplatesPage';
// [import] route imports
import { ImportWizardPage } from '../features/import/ImportWizardPage';
// [backup] route imports
import { DataPage } from '../features/data/DataPage';

/** Every screen's route. Partners is the landing page until the dashboard exists. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/dashboard" replace />} />
      <Route path="/dashboard" element={<DashboardPage />} />
      <Route path="/partners" element={<PartnerListPage />} />
      <Route path="/partners/new" element={<PartnerFormPage />} />
      <Route path="/partners/:id" element={<PartnerDetailPage />} />
      <Route path="/partners/:id/edit" element={<PartnerFormPage />} />
      <Route path="/agreements" element={<AgreementListPage />} />
      <Route path="/programmes" element={<ProgrammesPage />} />
      <Route path="/courses" element={<CourseListPage />} />
      <Route path="/funding" element={<FundingPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/trash" element={<TrashPage />} />
      {/* [search] routes */}
      {/* [reminders] routes */}
      <Route path="/reminders" element={<RemindersPage />} />
      {/* [agreementsUi] routes */}
      <Route path="/agreements/new" element={<AgreementFormPage />} />
      <Route path="/agreements/:id" element={<AgreementDetailPage />} />
      <Route path="/agreements/:id/edit" element={<AgreementFormPage />} />
      {/* [programmes] routes */}
      {/* [admin] routes */}
      {/* [capture] routes */}
      <Route path="/followups" element={<FollowUpsPage />} />
      {/* [reports] routes */}
      <Route path="/reports" element={<ReportsPage />} />
      {/* [documents] routes */}
      <Route path="/agreements/:id/document" element={<DocumentPage />} />
      <Route path="/documents/templates" element={<TemplatesPage />} />
      <Route path="/documents/templates/:id" element={<TemplateEditPage />} />
      {/* [import] routes */}
      <Route path="/data/import" element={<ImportWizardPage />} />
      {/* [backup] routes */}
      <Route path="/data" element={<DataPage />} />
      <Route path="*" element={<Navigate to="/partners" replace />} />
    </Routes>
  );
}
