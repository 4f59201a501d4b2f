import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'

test.group('Accounts', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('signing up creates an account, logs the person in and opens their résumés', async ({ client, assert }) => {
    const response = await client
      .post('/signup')
      .form({ email: 'Ada@Example.com', password: 'a long passphrase', password_confirmation: 'a long passphrase' })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/resumes')
    const user = await User.findByOrFail('email', 'ada@example.com')
    assert.notEqual(user.password, 'a long passphrase')
    assert.match(user.password, /^\$scrypt\$/)
  })

  test('signup errors are shown next to the fields and the email is kept', async ({ client }) => {
    const page = await client
      .post('/signup')
      .form({ email: 'not-an-email', password: 'short', password_confirmation: 'other' })
      .withCsrfToken()
      .header('referer', '/signup')

    page.assertStatus(200)
    page.assertTextIncludes('Enter an email address like name@example.com.')
    page.assertTextIncludes('Use at least 8 characters.')
    page.assertTextIncludes('value="not-an-email"')
  })

  test('an email can only sign up once, whatever its case', async ({ client, assert }) => {
    await UserFactory.merge({ email: 'taken@example.com' }).create()
    const page = await client
      .post('/signup')
      .form({ email: 'TAKEN@example.com', password: 'a long passphrase', password_confirmation: 'a long passphrase' })
      .withCsrfToken()
      .header('referer', '/signup')

    page.assertTextIncludes('An account with this email already exists.')
    assert.lengthOf(await User.query().where('email', 'taken@example.com'), 1)
  })

  test('a form posted without its CSRF token is refused', async ({ client, assert }) => {
    const page = await client
      .post('/signup')
      .form({ email: 'csrf@example.com', password: 'a long passphrase', password_confirmation: 'a long passphrase' })
      .header('referer', '/signup')

    page.assertTextIncludes('This form had expired. Please submit it again.')
    assert.isNull(await User.findBy('email', 'csrf@example.com'))
  })

  test('logging in with the right password opens the résumés page', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .post('/login')
      .form({ email: user.email.toUpperCase(), password: 'correct horse battery staple' })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/resumes')
  })

  test('a wrong password says so and keeps the email', async ({ client }) => {
    const user = await UserFactory.create()
    const page = await client
      .post('/login')
      .form({ email: user.email, password: 'wrong password' })
      .withCsrfToken()
      .header('referer', '/login')

    page.assertTextIncludes('The email or password is not right.')
    page.assertTextIncludes(`value="${user.email}"`)
  })

  test('login is rate limited after five failed attempts', async ({ client }) => {
    const user = await UserFactory.create()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client.post('/login').form({ email: user.email, password: 'wrong' }).withCsrfToken().header('referer', '/login')
    }
    const page = await client
      .post('/login')
      .form({ email: user.email, password: 'correct horse battery staple' })
      .withCsrfToken()
      .header('referer', '/login')

    page.assertTextIncludes('Too many failed attempts')
  })

  test('logging in gives the browser a new session id', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const loginPage = await client.get('/login')
    const before = loginPage.cookie('sift-session')?.value
    assert.exists(before)

    const response = await client
      .post('/login')
      .form({ email: user.email, password: 'correct horse battery staple' })
      .withCsrfToken()
      .withCookie('sift-session', before)
      .redirects(0)

    const after = response.cookie('sift-session')?.value
    assert.exists(after)
    assert.notEqual(after, before)
  })

  test('logging out ends the session', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('pages for logged-in people send visitors to the login page', async ({ client }) => {
    const response = await client.get('/resumes').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })
})
