import type { Handlers } from '../ipc/types';
import type { CourseService } from './courseService';

type CourseChannels =
  | 'courses:list'
  | 'courses:get'
  | 'courses:create'
  | 'courses:update'
  | 'courses:delete'
  | 'courses:restore';

export function createCourseHandlers(courses: CourseService): Pick<Handlers, CourseChannels> {
  return {
    'courses:list': (input) => courses.list(input),
    'courses:get': (input) => courses.get(input.id),
    'courses:create': (input) => courses.create(input),
    'courses:update': (input) => courses.update(input),
    'courses:delete': (input) => courses.delete(input.id),
    'courses:restore': (input) => courses.restore(input.id),
  };
}
