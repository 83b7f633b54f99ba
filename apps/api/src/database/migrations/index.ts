import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** Registered explicitly, oldest first: no globs, so a build can never miss or reorder one. */
export const migrations = [InitialSchema1764000000000];
