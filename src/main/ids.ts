import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUID v7): they sort by creation and index well in SQLite. */
export const newId = (): string => uuidv7();
