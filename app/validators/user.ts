import vine from '@vinejs/vine'

const email = () => vine.string().trim().maxLength(254).email().toLowerCase()

export const signupValidator = vine.create({
  email: email().unique({ table: 'users', column: 'email' }),
  password: vine.string().minLength(8).maxLength(128).confirmed(),
})

export const loginValidator = vine.create({
  email: email(),
  password: vine.string().maxLength(128),
})
