import { useEffect, useRef } from 'react';
import { Button } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { helpTopicOfPath, isGuide, relatedGuides, SCREEN_PATH, screenOfTopic, topicItems, topicKey, type HelpTopicId, type TopicList } from './helpTopics';

/** One list of a topic (steps numbered, points and tips bulleted) under its own heading. */
function TopicItems({ id, list }: { id: HelpTopicId; list: TopicList }) {
  const { t } = useTranslation();
  const items = topicItems(id, list);
  if (items.length === 0) return null;
  const headingId = `help-${id}-${list}`;
  const Tag = list === 'steps' ? 'ol' : 'ul';
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="help-section-title">
        {t(`help.ui.${list}`)}
      </h4>
      <Tag className={`help-${list}`} data-testid={`help-${list}`}>
        {items.map((item) => (
          <li key={item}>{t(topicKey(id, `${list}.${item}`))}</li>
        ))}
      </Tag>
    </section>
  );
}

/**
 * A topic: its heading (focused when the topic changes, so a screen reader reads it), the
 * summary, steps or points, tips, the guides a screen links to, and a link to the screen.
 */
export function HelpTopicView({ id, onTopic }: { id: HelpTopicId; onTopic: (topic: HelpTopicId) => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const guides = relatedGuides(id);
  const screen = screenOfTopic(id);
  const onScreen = helpTopicOfPath(location.pathname) === screen;

  // Keyed by topic in the drawer: a mount is a change of topic.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <article aria-labelledby={`help-${id}-title`} data-testid={`help-topic-${id}`} className="help-topic">
      <h3 id={`help-${id}-title`} ref={heading} tabIndex={-1} className="help-topic-title" data-testid="help-topic-title">
        {t(topicKey(id, 'title'))}
      </h3>
      <p>{t(topicKey(id, 'summary'))}</p>
      <TopicItems id={id} list={isGuide(id) ? 'steps' : 'points'} />
      <TopicItems id={id} list="tips" />
      {guides.length > 0 ? (
        <section aria-labelledby={`help-${id}-related`}>
          <h4 id={`help-${id}-related`} className="help-section-title">
            {t('help.ui.related')}
          </h4>
          <ul className="help-topic-list">
            {guides.map((guide) => (
              <li key={guide}>
                <Button type="link" className="help-topic-link" onClick={() => onTopic(guide)} data-testid={`help-guide-link-${guide}`}>
                  {t(topicKey(guide, 'title'))}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {onScreen ? null : (
        <p className="help-open-page">
          <Link to={SCREEN_PATH[screen]} data-testid="help-open-page">
            <ArrowRightOutlined aria-hidden /> {t('help.ui.openPage', { page: t(topicKey(screen, 'title')) })}
          </Link>
        </p>
      )}
    </article>
  );
}
