import type { ReactNode } from 'react';
import { Flex } from 'antd';
import { PageHelpLink } from '../features/help/HelpButtons';

/** The page's one h1 with its 本页帮助 link, and its actions on the right. */
export function PageHeading({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} className="page-heading">
      <Flex align="center" gap={8} wrap>
        <h1 data-testid={testId}>{title}</h1>
        <PageHelpLink />
      </Flex>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
