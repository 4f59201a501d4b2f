import factory from '@adonisjs/lucid/factories'
import User from '#models/user'

export const UserFactory = factory
  .define(User, async ({ faker }) => ({
    email: faker.internet.email().toLowerCase(),
    password: 'correct horse battery staple',
  }))
  .build()
