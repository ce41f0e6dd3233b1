import { Button } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useHelp } from './helpContext';

/** The header's 帮助 button: the current screen's topic, like F1. */
export function HelpButton() {
  const { t } = useTranslation();
  const help = useHelp();
  if (!help) return null;
  return (
    <Button
      icon={<QuestionCircleOutlined aria-hidden />}
      onClick={help.openHelpHere}
      aria-keyshortcuts="F1"
      title={t('help.ui.buttonTitle')}
      data-testid="help-button"
    >
      {t('help.ui.button')}
    </Button>
  );
}

/** The small 本页帮助 link beside a page's heading. */
export function PageHelpLink() {
  const { t } = useTranslation();
  const help = useHelp();
  if (!help) return null;
  return (
    <Button
      type="link"
      size="small"
      icon={<QuestionCircleOutlined aria-hidden />}
      className="page-help-link no-print"
      onClick={help.openHelpHere}
      data-testid="page-help"
    >
      {t('help.ui.pageLink')}
    </Button>
  );
}
