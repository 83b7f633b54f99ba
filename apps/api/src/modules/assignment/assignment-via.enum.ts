import { registerEnumType } from 'type-graphql';

export enum AssignmentVia {
  CREATE = 'CREATE',
  ASSIGN = 'ASSIGN',
  CLAIM = 'CLAIM',
  DEACTIVATION = 'DEACTIVATION',
}

registerEnumType(AssignmentVia, { name: 'AssignmentVia', description: 'How an assignment came about.' });
