import { describe, expect, it } from 'vitest';
import { CourseDraft } from '@shared/domain/course';

describe('required fields left empty', () => {
  it('are reported as "required", not as a wrong type', () => {
    const parsed = CourseDraft.safeParse({ kind: 'course', name: '工业机器人编程' });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((i) => i.path[0] === 'organisationId');
    expect(issue?.message).toBe('required');
  });

  it('a value of the wrong type keeps zod own wording', () => {
    const parsed = CourseDraft.safeParse({ kind: 'course', name: 'x', organisationId: 42 });
    const issue = parsed.error?.issues.find((i) => i.path[0] === 'organisationId');
    expect(issue?.code).toBe('invalid_type');
    expect(issue?.message).not.toBe('required');
  });
});
