import { Button, Drawer, Typography } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HelpTopicView } from './HelpTopicView';
import { GUIDE_TOPICS, SCREEN_TOPICS, topicKey, type HelpTopicId } from './helpTopics';
import './help.css';

// Wide enough for about 28 Chinese characters a line; leaves most of a 1366 px screen usable.
const DRAWER_WIDTH = 440;

/** The list of all topics: the guides first, then one entry per screen. */
function HelpIndex({ onTopic }: { onTopic: (topic: HelpTopicId) => void }) {
  const { t } = useTranslation();
  const list = (heading: string, id: string, topics: readonly HelpTopicId[]) => (
    <section aria-labelledby={id}>
      <h3 id={id} className="help-section-title">
        {heading}
      </h3>
      <ul className="help-topic-list">
        {topics.map((topic) => (
          <li key={topic}>
            <Button type="link" className="help-topic-link" onClick={() => onTopic(topic)} data-testid={`help-topic-link-${topic}`}>
              {t(topicKey(topic, 'title'))}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div data-testid="help-index">
      {list(t('help.ui.guides'), 'help-index-guides', GUIDE_TOPICS)}
      {list(t('help.ui.screens'), 'help-index-screens', SCREEN_TOPICS)}
    </div>
  );
}

/**
 * The help side panel. It does not block the screen (no mask), so a guide can stay open
 * while its steps are followed; Esc closes it (antd's drawer listens on the window).
 */
export function HelpDrawer({
  open,
  topic,
  onTopic,
  onClose,
}: {
  open: boolean;
  topic: HelpTopicId | null;
  onTopic: (topic: HelpTopicId | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={DRAWER_WIDTH}
      mask={false}
      // Not modal: the screen beside it stays usable (antd would announce it as modal).
      aria-modal={false}
      title={<h2 className="help-drawer-title">{t('help.ui.drawerTitle')}</h2>}
      footer={<Typography.Text type="secondary">{t('help.ui.shortcuts')}</Typography.Text>}
      rootClassName="help-drawer"
      data-testid="help-drawer"
    >
      {topic === null ? (
        <HelpIndex onTopic={onTopic} />
      ) : (
        <>
          <Button type="link" icon={<LeftOutlined aria-hidden />} className="help-back" onClick={() => onTopic(null)} data-testid="help-index-link">
            {t('help.ui.index')}
          </Button>
          <HelpTopicView key={topic} id={topic} onTopic={onTopic} />
        </>
      )}
    </Drawer>
  );
}
