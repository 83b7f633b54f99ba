import {
  buildCreateTicketInput,
  charCount,
  formFieldOf,
  initialFormState,
  looksLikeEmail,
  NOBODY,
  type NewTicketFormState,
  validate,
} from './ticket-input';

const ME = 'm-me';
const context = { workspaceId: 'w1', viewerMembershipId: ME };

function form(changes: Partial<NewTicketFormState> = {}): NewTicketFormState {
  return {
    ...initialFormState(ME),
    requesterEmail: 'pat@example.com',
    subject: 'Printer on fire',
    ...changes,
  };
}

describe('initialFormState', () => {
  it('starts at priority Normal, no category, assigned to the viewer', () => {
    expect(initialFormState(ME)).toEqual({
      requesterEmail: '',
      requesterName: '',
      subject: '',
      description: '',
      priority: 'NORMAL',
      categoryId: '',
      assignee: ME,
    });
  });
});

describe('buildCreateTicketInput', () => {
  it('trims email, name and subject, keeps the description as written and sends the priority', () => {
    const input = buildCreateTicketInput(
      form({
        requesterEmail: '  Pat@Example.com ',
        requesterName: '  Pat  ',
        subject: '  Hello ',
        description: '  *as typed*\n',
      }),
      context,
    );
    expect(input).toEqual({
      workspaceId: 'w1',
      requesterEmail: 'Pat@Example.com',
      requesterName: 'Pat',
      subject: 'Hello',
      description: '  *as typed*\n',
      priority: 'NORMAL',
    });
  });

  it('leaves out a blank name and no category', () => {
    const input = buildCreateTicketInput(form({ requesterName: '   ' }), context);
    expect('requesterName' in input).toBe(false);
    expect('categoryId' in input).toBe(false);
  });

  it('sends the chosen category and priority', () => {
    const input = buildCreateTicketInput(form({ categoryId: 'c2', priority: 'URGENT' }), context);
    expect(input.categoryId).toBe('c2');
    expect(input.priority).toBe('URGENT');
  });

  it('omits assigneeId for "me", so the API assigns the creator', () => {
    const input = buildCreateTicketInput(form({ assignee: ME }), context);
    expect('assigneeId' in input).toBe(false);
  });

  it('sends assigneeId null for nobody', () => {
    const input = buildCreateTicketInput(form({ assignee: NOBODY }), context);
    expect('assigneeId' in input).toBe(true);
    expect(input.assigneeId).toBeNull();
  });

  it("sends another member's id", () => {
    expect(buildCreateTicketInput(form({ assignee: 'm-sam' }), context).assigneeId).toBe('m-sam');
  });
});

describe('validate', () => {
  it('accepts a complete form', () => {
    expect(validate(form())).toEqual({});
  });

  it('requires the email and the subject (blank counts as missing)', () => {
    expect(validate(form({ requesterEmail: '  ', subject: ' \n ' }))).toEqual({
      requesterEmail: 'Enter the requester’s email.',
      subject: 'Enter a subject.',
    });
  });

  it('wants an email address', () => {
    expect(validate(form({ requesterEmail: 'pat' })).requesterEmail).toMatch(/email address/);
    expect(validate(form({ requesterEmail: 'pat@example' })).requesterEmail).toMatch(/email address/);
  });

  it('checks the lengths the API allows, counting characters as the API does', () => {
    expect(validate(form({ subject: 'x'.repeat(250) })).subject).toBeUndefined();
    expect(validate(form({ subject: '😀'.repeat(250) })).subject).toBeUndefined();
    expect(validate(form({ subject: 'x'.repeat(251) })).subject).toMatch(/at most 250/);
    expect(validate(form({ requesterName: 'n'.repeat(201) })).requesterName).toMatch(/at most 200/);
    expect(validate(form({ requesterEmail: `${'a'.repeat(250)}@b.co` })).requesterEmail).toMatch(
      /at most 254/,
    );
    expect(validate(form({ description: 'd'.repeat(65_537) })).description).toMatch(/at most 65536/);
  });
});

describe('helpers', () => {
  it('counts an emoji as one character', () => {
    expect(charCount('a😀b')).toBe(3);
  });

  it('recognises a whole email address', () => {
    expect(looksLikeEmail(' pat@example.com ')).toBe(true);
    expect(looksLikeEmail('pat@')).toBe(false);
  });

  it("maps the API's extensions.field to a form field", () => {
    expect(formFieldOf('requesterEmail')).toBe('requesterEmail');
    expect(formFieldOf('assigneeId')).toBe('assignee');
    expect(formFieldOf('categoryId')).toBe('categoryId');
    expect(formFieldOf('workspaceId')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
