import { z } from 'zod';

// A required field left empty reaches zod as `undefined` and would be reported as
// "wrong type" (invalid_type); the user needs "required". Setting this once here, where
// every domain schema is defined, keeps forms, IPC validation, import and the CLI alike.
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
});
