import { test } from '@japa/runner'
import { extractBasics, nameLikeness } from '../../app/nlp/entities/contacts.js'
import { findLocation } from '../../app/nlp/entities/places.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'

function basics(text: string) {
  const lines = linesFromText(text)
  return extractBasics(lines, detectSections(lines))
}

test.group('Contacts / name and headline', () => {
  test('the name is the name-like line at the top, not the job title under it', ({ assert }) => {
    const b = basics('Lena Hoffmann\nSenior Backend Engineer\nBerlin, Germany | lena@example.de\n\nEXPERIENCE\nZalando')
    assert.equal(b.name?.value, 'Lena Hoffmann')
    assert.deepEqual(b.name?.lines, [0])
    assert.isAbove(b.name!.confidence, 0.7)
    assert.equal(b.label?.value, 'Senior Backend Engineer')
  })

  test('accented, hyphenated and "LASTNAME Firstname" names are names', ({ assert }) => {
    assert.equal(basics('Sofía Martínez-García\nsofia@example.es').name?.value, 'Sofía Martínez-García')
    assert.equal(basics('DUPONT Camille\ncamille@example.fr').name?.value, 'DUPONT Camille')
    assert.equal(basics("Marcus O'Neill\nmarcus@example.com").name?.value, "Marcus O'Neill")
    assert.equal(basics('Ludwig van Beethoven\nludwig@example.de').name?.value, 'Ludwig van Beethoven')
  })

  test('titles before the name and credentials after it are not part of the name', ({ assert }) => {
    assert.equal(basics('Dr. Helena Brandt\nhelena@example.de').name?.value, 'Helena Brandt')
    assert.equal(basics('Dipl.-Ing. Jörg Albrecht\njoerg@example.de').name?.value, 'Jörg Albrecht')
    assert.equal(basics('Prof. Dr. Ute Lang\nute@example.de').name?.value, 'Ute Lang')
    assert.equal(basics('Mr Daniel Kruger\ndaniel@example.co.uk').name?.value, 'Daniel Kruger')
    assert.equal(basics('Oluwaseun Adeyemi, PMP\nseun@example.ng').name?.value, 'Oluwaseun Adeyemi')
    assert.equal(basics('FEMI ADEYEMI, PMP, CSM\nfemi@example.ng').name?.value, 'FEMI ADEYEMI')
    assert.equal(basics('Grace Liu, Ph.D.\ngrace@example.com').name?.value, 'Grace Liu')
    assert.equal(basics('Daniel Kruger MEng CEng\ndaniel@example.co.uk').name?.value, 'Daniel Kruger')
    assert.equal(basics('Carla Mendes MBA\ncarla@example.pt').name?.value, 'Carla Mendes')
    // Only letters that are credentials go: a job title stays a job title, a state stays a place, "Ma" a family name.
    assert.equal(nameLikeness('Project Manager, PMP'), 0)
    assert.equal(nameLikeness('Mountain View, CA'), 0)
    assert.equal(basics('JACK MA\njack@example.cn').name?.value, 'JACK MA')
  })

  test('a quoted nickname and a generational suffix are kept in the name', ({ assert }) => {
    assert.equal(basics('Robert "Bob" Lindqvist\nbob@example.se').name?.value, 'Robert "Bob" Lindqvist')
    assert.equal(basics('Henry Adams Jr.\nhenry@example.com').name?.value, 'Henry Adams Jr.')
    assert.equal(basics('Henry Adams III, CFA\nhenry@example.com').name?.value, 'Henry Adams III')
  })

  test('a "Curriculum Vitae" title before the name is not part of it', ({ assert }) => {
    assert.equal(basics('Curriculum Vitae – Jane Roe\njane@example.com').name?.value, 'Jane Roe')
  })

  test('skills, compound city names and misspelt headings are not names', ({ assert }) => {
    assert.equal(nameLikeness('Python SQL'), 0)
    assert.equal(nameLikeness('Tel Aviv'), 0)
    assert.equal(nameLikeness('DESCRIPTION WORK EXPIRIENCE'), 0)
    assert.equal(nameLikeness('MOTOVILOV PAVEL'), 1)
  })

  test('job titles, places and headings are not names', ({ assert }) => {
    assert.equal(nameLikeness('Senior Software Engineer'), 0)
    assert.equal(nameLikeness('San Francisco, CA'), 0)
    assert.equal(nameLikeness('Work Experience'), 0)
    assert.equal(nameLikeness('Acme Corp'), 0)
    assert.equal(nameLikeness('jane roe'), 0)
    assert.equal(nameLikeness('Jane Roe'), 1)
  })

  test('a headline wrapped onto two lines is read whole', ({ assert }) => {
    const b = basics('John Doe\nCreative and Innovative Web\nDeveloper\njohn@example.com')
    assert.equal(b.label?.value, 'Creative and Innovative Web Developer')
    assert.deepEqual(b.label?.lines, [1, 2])
  })

  test('the name is found next to the contact lines when a sidebar comes first', ({ assert }) => {
    const b = basics('Skills\nGo, Rust\nLanguages\nEnglish\nJohn Doe\nWeb Developer\njohn.doe@example.com\n(555) 123-4567\nExperience\nAcme')
    assert.equal(b.name?.value, 'John Doe')
    assert.equal(b.email?.value, 'john.doe@example.com')
  })
})

test.group('Contacts / email, phone, links', () => {
  test('email and an international phone are read, the phone normalised to E.164', ({ assert }) => {
    const b = basics('Lena Hoffmann\nBerlin, Germany | +49 30 901820 | lena.hoffmann@example.de')
    assert.equal(b.email?.value, 'lena.hoffmann@example.de')
    assert.equal(b.phone?.value, '+4930901820')
    assert.isAbove(b.phone!.confidence, 0.8)
  })

  test('a national phone number takes its country from the location', ({ assert }) => {
    const paris = basics('Camille Dupont\nParis, France\n06 12 34 56 78')
    assert.equal(paris.phone?.value, '+33612345678')
    const london = basics('Priya Raman\nLondon, UK · 020 7946 0958')
    assert.equal(london.phone?.value, '+442079460958')
  })

  test('a number the numbering plan does not know is kept as written, with less confidence', ({ assert }) => {
    const b = basics('John Doe\nPleasantville, CA 94588 (555) 123-4567 john.doe@gmail.com')
    assert.equal(b.phone?.value, '(555) 123-4567')
    assert.isBelow(b.phone!.confidence, 0.7)
  })

  test('date ranges and postal codes are not phone numbers', ({ assert }) => {
    assert.isUndefined(basics('Jane Roe\n2019 - 2021\n75011 Paris').phone)
  })

  test('profile links without a scheme and "network: handle" labels become profiles', ({ assert }) => {
    const b = basics('Jane Roe\nlinkedin.com/in/jane-roe | github: janeroe | https://x.com/jroe\nstackoverflow.com/users/123456/jane-roe')
    const profiles = Object.fromEntries(b.profiles.map((p) => [p.value.network, p.value]))
    assert.deepEqual(profiles.LinkedIn, { network: 'LinkedIn', username: 'jane-roe', url: 'https://linkedin.com/in/jane-roe' })
    assert.deepEqual(profiles.GitHub, { network: 'GitHub', username: 'janeroe', url: 'https://github.com/janeroe' })
    assert.equal(profiles.X.username, 'jroe')
    assert.equal(profiles.StackOverflow.username, 'jane-roe')
  })

  test('a handle above the network name in a profiles block is that network\'s profile', ({ assert }) => {
    const b = basics('John Doe\njohn@example.com\nProfiles\njohndoe\nLinkedIn\njohndoe\nGitHub\nExperience\nAcme')
    assert.deepEqual(
      b.profiles.map((p) => [p.value.network, p.value.username]),
      [
        ['LinkedIn', 'johndoe'],
        ['GitHub', 'johndoe'],
      ]
    )
  })

  test('a Font Awesome icon before a handle names its network', ({ assert }) => {
    const b = basics('John Doe\n\uF3C5 San Francisco, CA \uF0E0 john@example.com \uF08C jdoe \uF09B jdoe-gh')
    assert.deepEqual(
      b.profiles.map((p) => [p.value.network, p.value.username]),
      [
        ['LinkedIn', 'jdoe'],
        ['GitHub', 'jdoe-gh'],
      ]
    )
  })

  test('the personal site is the header link that is not a profile, and an employer link is not it', ({ assert }) => {
    const b = basics('Jane Roe\njane@example.com · janeroe.dev · github.com/janeroe\nExperience\nAcme — Engineer\nhttps://acme.com')
    assert.equal(b.url?.value, 'https://janeroe.dev')
    assert.deepEqual(b.url?.lines, [1])
  })

  test('a repository link is not a GitHub profile', ({ assert }) => {
    const b = basics('Jane Roe\nhttps://github.com/janeroe/dotfiles')
    assert.notInclude(b.profiles.map((p) => p.value.network), 'GitHub')
  })
})

test.group('Contacts / PDF link annotations', () => {
  /** Lines of plain text, with link annotations on some of them (as the PDF reader attaches them). */
  function basicsWithLinks(text: string, links: Record<number, string[]>) {
    const lines = linesFromText(text).map((line) => (links[line.id] ? { ...line, links: links[line.id] } : line))
    return extractBasics(lines, detectSections(lines))
  }

  test('icon links in the header give profiles with the username from the URL', ({ assert }) => {
    const b = basicsWithLinks('John Doe\nSan Francisco, CA | john.doe@email.com | rendercv | rendercv\n\nExperience\nAcme', {
      1: ['mailto:john.doe@email.com', 'https://linkedin.com/in/rendercv', 'https://github.com/rendercv/'],
    })
    assert.deepEqual(
      b.profiles.map((p) => p.value),
      [
        { network: 'LinkedIn', username: 'rendercv', url: 'https://linkedin.com/in/rendercv' },
        { network: 'GitHub', username: 'rendercv', url: 'https://github.com/rendercv/' },
      ]
    )
    assert.deepEqual(b.profiles.map((p) => p.lines), [[1], [1]])
  })

  test('a profile found in the text is not added again from its link, whatever the case', ({ assert }) => {
    const b = basicsWithLinks('Jane Roe\njane@roe.dev | github.com/JaneRoe\n\nExperience\nAcme', { 1: ['https://github.com/janeroe'] })
    assert.deepEqual(
      b.profiles.map((p) => [p.value.network, p.value.username]),
      [['GitHub', 'JaneRoe']]
    )
  })

  test('a personal site and a mailto address come from links when the text has none', ({ assert }) => {
    const b = basicsWithLinks('Jane Roe\nWebsite | Email\n\nExperience\nAcme\nCompany site', {
      1: ['https://janeroe.dev/', 'mailto:jane@roe.dev'],
      4: ['https://acme.com/'],
    })
    assert.equal(b.url?.value, 'https://janeroe.dev/')
    assert.deepEqual(b.url?.lines, [1])
    assert.equal(b.email?.value, 'jane@roe.dev')
    assert.deepEqual(b.email?.lines, [1])
  })

  test('the text wins over links: a written site and address are kept, a repository link is no site', ({ assert }) => {
    const b = basicsWithLinks('Jane Roe\njane@roe.dev · janeroe.com\n\nExperience\nAcme', {
      1: ['https://github.com/janeroe/dotfiles', 'mailto:other@example.com', 'https://elsewhere.dev'],
    })
    assert.equal(b.url?.value, 'https://janeroe.com')
    assert.equal(b.email?.value, 'jane@roe.dev')
    assert.deepEqual(b.profiles, [])
  })
})

test.group('Contacts / location', () => {
  test('a US city with its state and ZIP is split into city, region, postal code and country', ({ assert }) => {
    const b = basics('John Doe\nPleasantville, CA 94588 | john@example.com')
    assert.deepEqual(b.location?.value, { city: 'Pleasantville', region: 'CA', postalCode: '94588', countryCode: 'US' })
  })

  test('city and country names give the country code', ({ assert }) => {
    assert.deepEqual(basics('Lena Hoffmann\nBerlin, Germany').location?.value, { city: 'Berlin', countryCode: 'DE' })
    assert.deepEqual(basics('Priya Raman\nLondon, UK').location?.value, { city: 'London', countryCode: 'GB' })
    assert.deepEqual(basics('Wei Zhang\nToronto, ON, Canada').location?.value, { city: 'Toronto', region: 'ON', countryCode: 'CA' })
  })

  test('a city beside its postal code is read without guessing the country', ({ assert }) => {
    const location = basics('Camille Dupont\n75011 Paris\ncamille@example.fr').location
    assert.deepEqual(location?.value, { city: 'Paris', postalCode: '75011' })
    assert.isBelow(location!.confidence, 0.7)
  })

  test('a country written before its city is read too', ({ assert }) => {
    assert.deepEqual(basics('Jane Roe\nLinkedIn-profile | Israel, Rishon Lezion').location?.value, { city: 'Rishon Lezion', countryCode: 'IL' })
  })

  test('a lone capitalised word is not taken for a city', ({ assert }) => {
    assert.isUndefined(basics('Jane Roe\nRemote\nFreelance').location)
  })

  test('a large city written alone is the location, with its country', ({ assert }) => {
    assert.deepEqual(basics('Chen Wei\nchen.wei@example.com\n+86 138 0013 8000\nShanghai').location?.value, { city: 'Shanghai', countryCode: 'CN' })
    assert.deepEqual(basics('Ada Obi\nada@example.com | Lagos').location?.value, { city: 'Lagos', countryCode: 'NG' })
    assert.isBelow(basics('Ada Obi\nada@example.com | Lagos').location!.confidence, 0.7)
  })

  test('city names that are also words, people or software are not cities on their own', ({ assert }) => {
    for (const word of ['Mobile', 'Reading', 'Phoenix', 'Victoria', 'Nice']) {
      assert.isNull(findLocation(word, { wholeSegment: true }), word)
    }
    // Only a whole segment: a city inside a longer name is not one.
    assert.isNull(findLocation('Berlin Brands Group', { wholeSegment: true }))
  })

  test('a place joined to a job title on one line keeps only the city words', ({ assert }) => {
    assert.equal(findLocation('Senior Web Developer San Francisco, CA')?.location.city, 'San Francisco')
    assert.equal(findLocation('Research Intern Santa Clara, CA')?.location.city, 'Santa Clara')
    assert.equal(findLocation('Computer Engineering Istanbul, Türkiye')?.location.city, 'Istanbul')
    assert.equal(findLocation('BlaBlaCar, Paris, France')?.location.city, 'Paris')
    assert.equal(findLocation('Munich, Bavaria, Germany')?.location.region, 'Bavaria')
  })
})

test.group('Contacts / summary', () => {
  test('the summary is the summary section\'s text, with its lines', ({ assert }) => {
    const b = basics('Jane Roe\nProfile\nBackend engineer with nine years of experience in payments\nand a taste for boring technology.\nExperience\nAcme')
    assert.equal(b.summary?.value, 'Backend engineer with nine years of experience in payments and a taste for boring technology.')
    assert.deepEqual(b.summary?.lines, [2, 3])
    assert.isAbove(b.summary!.confidence, 0.8)
  })

  test('a paragraph under the header without a heading is a less certain summary', ({ assert }) => {
    const b = basics('Jane Roe\njane@example.com\nBackend engineer with nine years of experience building payment systems.\nExperience\nAcme')
    assert.include(b.summary?.value ?? '', 'nine years')
    assert.isBelow(b.summary!.confidence, 0.6)
  })
})
