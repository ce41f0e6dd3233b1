import { Navigate, Route, Routes } from 'react-router-dom';
import { AgreementListPage } from '../features/agreements/AgreementListPage';
import { CourseListPage } from '../features/courses/CourseListPage';
import { FundingTxnListPage } from '../features/funding/FundingTxnListPage';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage';
import { PartnerFormPage } from '../features/partners/PartnerFormPage';
import { PartnerListPage } from '../features/partners/PartnerListPage';
import { PlaceholderPage } from '../features/placeholder/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrashPage } from '../features/trash/TrashPage';
// [search] route imports
// [reminders] route imports
// [agreementsUi] route imports
// [programmes] route imports
// [admin] route imports
// [capture] route imports

/** Every screen's route. Partners is the landing page until the dashboard exists. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/partners" replace />} />
      <Route path="/dashboard" element={<PlaceholderPage section="dashboard" />} />
      <Route path="/partners" element={<PartnerListPage />} />
      <Route path="/partners/new" element={<PartnerFormPage />} />
      <Route path="/partners/:id" element={<PartnerDetailPage />} />
      <Route path="/partners/:id/edit" element={<PartnerFormPage />} />
      <Route path="/agreements" element={<AgreementListPage />} />
      <Route path="/programmes" element={<PlaceholderPage section="programmes" />} />
      <Route path="/courses" element={<CourseListPage />} />
      <Route path="/funding" element={<FundingTxnListPage />} />
      <Route path="/reports" element={<PlaceholderPage section="reports" />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/trash" element={<TrashPage />} />
      {/* [search] routes */}
      {/* [reminders] routes */}
      {/* [agreementsUi] routes */}
      {/* [programmes] routes */}
      {/* [admin] routes */}
      {/* [capture] routes */}
      <Route path="*" element={<Navigate to="/partners" replace />} />
    </Routes>
  );
}
