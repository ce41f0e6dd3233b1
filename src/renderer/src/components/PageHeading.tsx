import type { ReactNode } from 'react';
import { Flex } from 'antd';

/** The page's one h1 with its actions on the right. */
export function PageHeading({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} className="page-heading">
      <h1 data-testid={testId}>{title}</h1>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
