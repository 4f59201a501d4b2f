/*
|--------------------------------------------------------------------------
| Validation messages
|--------------------------------------------------------------------------
|
| Messages shown next to form fields. They say what to do, in plain words.
|
*/
import vine, { SimpleMessagesProvider } from '@vinejs/vine'

vine.messagesProvider = new SimpleMessagesProvider(
  {
    'required': 'Please fill in this field.',
    'email': 'Enter an email address like name@example.com.',
    'email.database.unique': 'An account with this email already exists. Log in instead?',
    'password.minLength': 'Use at least {{ min }} characters.',
    'maxLength': 'This is too long (at most {{ max }} characters).',
    'password.confirmed': 'The two passwords do not match.',
    'file.required': 'Choose a résumé file (PDF, DOCX or TXT) to upload.',
    'file.file': 'Choose a résumé file (PDF, DOCX or TXT) to upload.',
    'file.file.size': 'This file is larger than 10 MB. Export a smaller version (images make PDFs large) and try again.',
  },
  {
    password_confirmation: 'password confirmation',
  }
)
