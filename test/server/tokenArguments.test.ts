import { describe, expect, it } from 'vitest';
import { parseTokenArguments, UsageError } from '../../src/cli/tokenArguments.js';

const memberId = '3f0e6a1c-1c9b-4c47-9a53-7f2f3d7c2b10';
const partnerId = '9b2d7c4e-5a61-4f0b-8e3d-2c1a0f9e8d7b';

describe('parseTokenArguments', () => {
  it.each([
    [['--role', 'staff'], { role: 'staff', subject: 'developer' }],
    [['--role', 'staff', '--subject', 's1'], { role: 'staff', subject: 's1' }],
    [['--role', 'analyst'], { role: 'analyst', subject: 'developer' }],
    [['--role', 'analyst', '--subject=a7'], { role: 'analyst', subject: 'a7' }],
    [['--role', 'member', '--member-id', memberId], { role: 'member', memberId }],
    [['--role', 'partner', '--partner-id', partnerId], { role: 'partner', partnerId }],
  ])('reads %j as the subject %j', (argv, subject) => {
    expect(parseTokenArguments(argv)).toEqual({ help: false, subject, expiresIn: undefined });
  });

  it('writes a member or partner id in the canonical lower case the API reads', () => {
    expect(parseTokenArguments(['--role', 'member', '--member-id', '9F5E696D-B612-4D65-928D-C7B9E9B4174F'])).toEqual({
      help: false,
      subject: { role: 'member', memberId: '9f5e696d-b612-4d65-928d-c7b9e9b4174f' },
      expiresIn: undefined,
    });
    expect(parseTokenArguments(['--role', 'partner', '--partner-id', partnerId.toUpperCase()])).toEqual({
      help: false,
      subject: { role: 'partner', partnerId },
      expiresIn: undefined,
    });
  });

  it('passes the span of --expires-in on', () => {
    expect(parseTokenArguments(['--role', 'staff', '--expires-in', '30m'])).toEqual({
      help: false,
      subject: { role: 'staff', subject: 'developer' },
      expiresIn: '30m',
    });
  });

  it('asks for the usage text with --help or -h', () => {
    expect(parseTokenArguments(['--help'])).toEqual({ help: true });
    expect(parseTokenArguments(['-h', '--role', 'nobody'])).toEqual({ help: true });
  });

  it.each([
    [[], '--role is required.'],
    [['--role', 'admin'], '--role must be member, staff, partner or analyst, not "admin".'],
    [['--role', 'anonymous'], 'An anonymous viewer has no token: send no Authorization header.'],
    [['--role', 'member'], '--role member needs --member-id <uuid>.'],
    [['--role', 'member', '--member-id', 'm1'], '--member-id must be a UUID, not "m1".'],
    [['--role', 'partner'], '--role partner needs --partner-id <uuid>.'],
    [['--role', 'partner', '--partner-id', '42'], '--partner-id must be a UUID, not "42".'],
    [
      ['--role', 'partner', '--partner-id', partnerId, '--member-id', memberId],
      '--member-id does not go with --role partner.',
    ],
    [['--role', 'staff', '--member-id', memberId], '--member-id does not go with --role staff.'],
    [
      ['--role', 'member', '--member-id', memberId, '--subject', 's1'],
      '--subject does not go with --role member.',
    ],
    [['--role', 'staff', '--subject', ''], '--subject must not be empty.'],
    [['--role', 'staff', 'extra'], "Unexpected argument 'extra'. This command does not take positional arguments"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(new UsageError(message));
  });

  it('refuses an unknown option, naming it', () => {
    const parse = () => parseTokenArguments(['--role', 'staff', '--member']);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(/^Unknown option '--member'/);
  });
});
