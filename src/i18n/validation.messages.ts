import { defineMessages } from './catalogue.js';

/**
 * What the shared field rules (client/contact.ts, the zod schemas) say when a value breaks
 * them: imported by the forms that show them, not by every element — the resend button
 * shows no field and has a 12 KB budget.
 */
export const validationMessages = defineMessages({
  'validation.required': 'This field is required.',
  'validation.fullNameRequired': 'Enter the person’s full name.',
  'validation.fullNameTooLong': 'A full name can be at most 100 characters.',
  'validation.fullNameInvalidCharacters': 'A full name can’t contain < or > or invisible control characters.',
  'validation.contactRequired': 'Enter an email address or a phone number.',
  'validation.contactUnrecognised': 'This is neither an email address nor a phone number.',
  'validation.emailMissingAt': 'An email address needs an @, as in name@example.com.',
  'validation.emailMissingLocalPart': 'Add the part before the @, as in name@example.com.',
  'validation.emailInvalidDomain': 'The part after the @ isn’t a valid domain, as in example.com.',
  'validation.emailInvalidCharacters': 'This email address contains spaces or characters that aren’t allowed.',
  'validation.emailTooLong': 'An email address can be at most 254 characters.',
  'validation.phoneMissingCountryCode': 'Start the phone number with + and the country code, as in +44 20 7946 0958.',
  'validation.phoneInvalidCharacters': 'A phone number can contain only digits, spaces, brackets, dots and dashes after the +.',
  'validation.phoneTooShort': 'This phone number is too short: include the country code and the full number.',
  'validation.phoneTooLong': 'A phone number can have at most 15 digits.',
  'validation.userIdTooLong': 'A User ID can be at most 64 characters.',
  'validation.userIdInvalid': 'A User ID can contain only letters, digits, dots, dashes, underscores and @.',
  'validation.workspaceRequired': 'Choose the workspace to add them to.',
  'validation.domainInvalid': 'Enter a domain such as example.com.',
});
