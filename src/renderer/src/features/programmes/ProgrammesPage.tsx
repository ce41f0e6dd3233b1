import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { ApprenticeshipsTab } from './ApprenticeshipsTab';
import { Cert1xTab } from './Cert1xTab';
import { CoBuiltMajorsTab } from './CoBuiltMajorsTab';
import { IndustryCollegesTab } from './IndustryCollegesTab';
import { InternshipBasesTab } from './InternshipBasesTab';
import { OrderClassesTab } from './OrderClassesTab';
import { PartTimeTeachersTab } from './PartTimeTeachersTab';
import { parseProgrammeTab, PROGRAMME_TABS, type ProgrammeTabKey } from './programmeTabs';
import { TeacherPracticesTab } from './TeacherPracticesTab';

const TAB_CONTENT: Record<ProgrammeTabKey, () => React.JSX.Element> = {
  internshipBases: InternshipBasesTab,
  orderClasses: OrderClassesTab,
  apprenticeships: ApprenticeshipsTab,
  industryColleges: IndustryCollegesTab,
  coBuiltMajors: CoBuiltMajorsTab,
  partTimeTeachers: PartTimeTeachersTab,
  teacherPractices: TeacherPracticesTab,
  cert1x: Cert1xTab,
};

/** Every programme kind on one page, a tab each; the open tab lives in the URL (?tab=). */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const active = parseProgrammeTab(searchParams.get('tab'));
  return (
    <>
      <PageHeading title={t('programmes.title')} testId="programmes-heading" />
      <Tabs
        activeKey={active}
        onChange={(key) => setSearchParams({ tab: key })}
        destroyOnHidden
        items={PROGRAMME_TABS.map((key) => {
          const Content = TAB_CONTENT[key];
          return { key, label: <span data-testid={`tab-${key}`}>{t(`programmes.tabs.${key}`)}</span>, children: <Content /> };
        })}
      />
    </>
  );
}
