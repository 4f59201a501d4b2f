/*
|--------------------------------------------------------------------------
| Curated skills: the hand-checked layer that wins over the open data
|--------------------------------------------------------------------------
|
| The open taxonomies (O*NET, ESCO, Linguist) name things the way a catalogue
| does ("Oracle Java", "Extensible markup language XML"); résumés and job ads
| write "Java", "XML", "k8s", "Postgres". These entries fix the canonical
| name, the aliases people really write, and which of those aliases are also
| ordinary words or letters and so only count with context (see matcher.ts).
|
| `scripts/build_taxonomy.ts` folds open-data entries that name the same thing
| into these ids, and the matcher gives these aliases priority at load time,
| so an edit here wins even before the data file is rebuilt.
|
| Ids are stable: other stored analyses point at them. Rename a skill by
| changing `name`, never `id`.
*/

export interface CuratedSkill {
  id: string
  name: string
  category: string
  /** Other ways the skill is written; the name is always an alias too. */
  aliases: string[]
  /**
   * Surfaces (name or aliases) that are also ordinary words or letters:
   * "Go", "R", "Excel" ("excel at"). They count only with context.
   */
  ambiguous?: string[]
  /**
   * Surfaces that mean something else outside tech ("RN" is also a registered
   * nurse, "TS" a security clearance): they count only next to other tech,
   * never merely for sitting in a list.
   */
  techOnly?: string[]
  /** Surfaces that match only as written: "R" never matches "r", "REST" never "rest". */
  caseSensitive?: string[]
}

const LANGUAGE = 'Programming language'
const WEB = 'Web development'
const MOBILE = 'Mobile development'
const DATABASE = 'Database'
const CLOUD = 'Cloud platform'
const DEVOPS = 'DevOps and infrastructure'
const DATA = 'Data engineering'
const ML = 'Data science and machine learning'
const TESTING = 'Software testing'
const PRACTICE = 'Engineering practice'
const OFFICE = 'Office and business intelligence'
const DESIGN = 'Design'
const TOOL = 'Developer tool'
const FORMAT = 'Data format and protocol'
const BUSINESS = 'Business software'

export const CURATED_SKILLS: CuratedSkill[] = [
  // Programming languages
  { id: 'python', name: 'Python', category: LANGUAGE, aliases: ['Python 3', 'Python3', 'Python 2', 'CPython'] },
  {
    id: 'java',
    name: 'Java',
    category: LANGUAGE,
    aliases: ['Core Java', 'Java SE', 'Java EE', 'J2EE', 'Jakarta EE', 'Java 8', 'Java 11', 'Java 17', 'Oracle Java'],
  },
  {
    id: 'javascript',
    name: 'JavaScript',
    category: LANGUAGE,
    aliases: ['JS', 'ES6', 'ES2015', 'ECMAScript', 'Vanilla JS', 'Vanilla JavaScript'],
  },
  { id: 'typescript', name: 'TypeScript', category: LANGUAGE, aliases: ['TS'], techOnly: ['TS'], caseSensitive: ['TS'] },
  {
    id: 'c',
    name: 'C',
    category: LANGUAGE,
    aliases: ['C language', 'C programming', 'ANSI C', 'C99', 'C11'],
    ambiguous: ['C'],
    caseSensitive: ['C'],
  },
  {
    id: 'cpp',
    name: 'C++',
    category: LANGUAGE,
    aliases: ['cpp', 'C plus plus', 'C++11', 'C++14', 'C++17', 'C++20'],
  },
  { id: 'csharp', name: 'C#', category: LANGUAGE, aliases: ['C sharp', 'csharp', 'C♯', 'C# .NET'] },
  { id: 'go', name: 'Go', category: LANGUAGE, aliases: ['Golang', 'Go language', 'Go lang'], ambiguous: ['Go'] },
  { id: 'rust', name: 'Rust', category: LANGUAGE, aliases: ['Rust lang', 'Rustlang'], ambiguous: ['Rust'] },
  { id: 'ruby', name: 'Ruby', category: LANGUAGE, aliases: [], ambiguous: ['Ruby'] },
  { id: 'php', name: 'PHP', category: LANGUAGE, aliases: ['PHP 7', 'PHP 8', 'PHP7', 'PHP8'] },
  { id: 'swift', name: 'Swift', category: LANGUAGE, aliases: ['Swift 5'], ambiguous: ['Swift'] },
  { id: 'kotlin', name: 'Kotlin', category: LANGUAGE, aliases: [] },
  { id: 'objective-c', name: 'Objective-C', category: LANGUAGE, aliases: ['ObjC', 'Obj-C'] },
  {
    id: 'r',
    name: 'R',
    category: LANGUAGE,
    aliases: ['R language', 'R programming', 'RStudio', 'R Studio', 'Rlang', 'R Shiny'],
    ambiguous: ['R'],
    caseSensitive: ['R'],
  },
  { id: 'scala', name: 'Scala', category: LANGUAGE, aliases: [] },
  { id: 'perl', name: 'Perl', category: LANGUAGE, aliases: [] },
  {
    id: 'shell-scripting',
    name: 'Shell scripting',
    category: LANGUAGE,
    aliases: ['Bash', 'Shell', 'Shell script', 'Shell scripts', 'Bash scripting', 'Unix shell', 'Zsh', 'sh scripting'],
    ambiguous: ['Shell'],
  },
  { id: 'powershell', name: 'PowerShell', category: LANGUAGE, aliases: ['Microsoft PowerShell', 'Windows PowerShell'] },
  { id: 'sql', name: 'SQL', category: LANGUAGE, aliases: ['Structured Query Language'] },
  { id: 'tsql', name: 'T-SQL', category: LANGUAGE, aliases: ['Transact-SQL', 'TSQL'] },
  { id: 'plsql', name: 'PL/SQL', category: LANGUAGE, aliases: ['PLSQL', 'Oracle PL/SQL'] },
  { id: 'matlab', name: 'MATLAB', category: LANGUAGE, aliases: ['The MathWorks MATLAB'] },
  { id: 'dart', name: 'Dart', category: LANGUAGE, aliases: [], ambiguous: ['Dart'] },
  { id: 'elixir', name: 'Elixir', category: LANGUAGE, aliases: [], ambiguous: ['Elixir'] },
  { id: 'haskell', name: 'Haskell', category: LANGUAGE, aliases: [] },
  { id: 'lua', name: 'Lua', category: LANGUAGE, aliases: [] },
  { id: 'julia', name: 'Julia', category: LANGUAGE, aliases: ['Julia language', 'JuliaLang'], ambiguous: ['Julia'] },
  { id: 'vba', name: 'VBA', category: LANGUAGE, aliases: ['Visual Basic for Applications', 'Excel VBA'] },
  { id: 'solidity', name: 'Solidity', category: LANGUAGE, aliases: [] },
  { id: 'cuda', name: 'CUDA', category: LANGUAGE, aliases: ['Nvidia CUDA'] },
  { id: 'html', name: 'HTML', category: WEB, aliases: ['HTML5', 'HTML 5', 'Hypertext Markup Language'] },
  { id: 'css', name: 'CSS', category: WEB, aliases: ['CSS3', 'CSS 3', 'Cascading Style Sheets'] },
  { id: 'sass', name: 'Sass', category: WEB, aliases: ['SCSS'], ambiguous: ['Sass'] },
  { id: 'less', name: 'Less', category: WEB, aliases: ['Less CSS', 'LESS'], ambiguous: ['Less', 'LESS'] },

  // Web
  { id: 'react', name: 'React', category: WEB, aliases: ['React.js', 'ReactJS', 'React JS', 'React 18'], ambiguous: ['React'] },
  { id: 'react-native', name: 'React Native', category: MOBILE, aliases: ['RN'], techOnly: ['RN'], caseSensitive: ['RN'] },
  { id: 'redux', name: 'Redux', category: WEB, aliases: ['Redux Toolkit'] },
  { id: 'vue', name: 'Vue.js', category: WEB, aliases: ['Vue', 'VueJS', 'Vue JS', 'Vue 3', 'Vue.js 3'] },
  {
    id: 'angular',
    name: 'Angular',
    category: WEB,
    aliases: ['AngularJS', 'Angular.js', 'Angular JS', 'Angular 2', 'Angular2'],
    ambiguous: ['Angular'],
  },
  { id: 'svelte', name: 'Svelte', category: WEB, aliases: ['SvelteKit'] },
  { id: 'nextjs', name: 'Next.js', category: WEB, aliases: ['NextJS', 'Next JS'] },
  { id: 'nuxt', name: 'Nuxt', category: WEB, aliases: ['Nuxt.js', 'NuxtJS'] },
  { id: 'd3', name: 'D3.js', category: WEB, aliases: ['D3', 'D3js'], caseSensitive: ['D3'] },
  { id: 'jquery', name: 'jQuery', category: WEB, aliases: [] },
  { id: 'bootstrap', name: 'Bootstrap', category: WEB, aliases: ['Twitter Bootstrap'], ambiguous: ['Bootstrap'] },
  { id: 'tailwind', name: 'Tailwind CSS', category: WEB, aliases: ['Tailwind', 'TailwindCSS'], ambiguous: ['Tailwind'] },
  { id: 'webpack', name: 'Webpack', category: WEB, aliases: [] },
  { id: 'nodejs', name: 'Node.js', category: WEB, aliases: ['NodeJS', 'Node JS', 'Node'], ambiguous: ['Node'] },
  { id: 'express', name: 'Express.js', category: WEB, aliases: ['Express', 'ExpressJS'], ambiguous: ['Express'] },
  { id: 'nestjs', name: 'NestJS', category: WEB, aliases: ['Nest.js'] },
  { id: 'mern', name: 'MERN stack', category: WEB, aliases: ['MERN'] },
  { id: 'django', name: 'Django', category: WEB, aliases: ['Django REST Framework', 'DRF'] },
  { id: 'flask', name: 'Flask', category: WEB, aliases: [], ambiguous: ['Flask'] },
  { id: 'fastapi', name: 'FastAPI', category: WEB, aliases: [] },
  { id: 'spring-boot', name: 'Spring Boot', category: WEB, aliases: ['SpringBoot'] },
  {
    id: 'spring',
    name: 'Spring Framework',
    category: WEB,
    aliases: ['Spring', 'Spring MVC'],
    ambiguous: ['Spring'],
  },
  { id: 'rails', name: 'Ruby on Rails', category: WEB, aliases: ['Rails', 'RoR'], ambiguous: ['Rails'] },
  { id: 'laravel', name: 'Laravel', category: WEB, aliases: [] },
  {
    id: 'dotnet',
    name: '.NET',
    category: WEB,
    aliases: ['dotnet', '.NET Core', '.NET Framework', '.NET 6', 'ASP.NET', 'ASP.NET Core', 'ASP.NET MVC', 'Microsoft .NET Framework'],
  },
  { id: 'graphql', name: 'GraphQL', category: WEB, aliases: [] },
  {
    id: 'rest',
    name: 'REST',
    category: WEB,
    aliases: ['RESTful', 'REST API', 'REST APIs', 'RESTful API', 'RESTful APIs', 'RESTful services', 'RESTful web services'],
    caseSensitive: ['REST'],
  },
  { id: 'grpc', name: 'gRPC', category: WEB, aliases: [] },
  { id: 'websockets', name: 'WebSockets', category: WEB, aliases: ['WebSocket', 'Web Sockets'] },
  { id: 'oauth', name: 'OAuth', category: WEB, aliases: ['OAuth2', 'OAuth 2.0', 'OAuth 2'] },
  { id: 'microservices', name: 'Microservices', category: PRACTICE, aliases: ['Microservice', 'Microservice architecture'] },

  // Mobile
  { id: 'android', name: 'Android', category: MOBILE, aliases: ['Android SDK', 'Android development'] },
  { id: 'ios', name: 'iOS', category: MOBILE, aliases: ['iOS development', 'Apple iOS'] },
  { id: 'swiftui', name: 'SwiftUI', category: MOBILE, aliases: [] },
  { id: 'flutter', name: 'Flutter', category: MOBILE, aliases: [], ambiguous: ['Flutter'] },
  { id: 'xamarin', name: 'Xamarin', category: MOBILE, aliases: [] },

  // Databases
  { id: 'postgresql', name: 'PostgreSQL', category: DATABASE, aliases: ['Postgres', 'psql', 'Postgre SQL', 'PostgresSQL'] },
  { id: 'mysql', name: 'MySQL', category: DATABASE, aliases: [] },
  { id: 'sqlite', name: 'SQLite', category: DATABASE, aliases: [] },
  { id: 'mariadb', name: 'MariaDB', category: DATABASE, aliases: [] },
  { id: 'oracle-database', name: 'Oracle Database', category: DATABASE, aliases: ['Oracle DB', 'Oracle RDBMS'] },
  {
    id: 'sql-server',
    name: 'Microsoft SQL Server',
    category: DATABASE,
    aliases: ['SQL Server', 'MSSQL', 'MS SQL', 'MS SQL Server'],
  },
  { id: 'nosql', name: 'NoSQL', category: DATABASE, aliases: [] },
  { id: 'mongodb', name: 'MongoDB', category: DATABASE, aliases: ['Mongo', 'Mongo DB'] },
  { id: 'redis', name: 'Redis', category: DATABASE, aliases: [] },
  { id: 'cassandra', name: 'Apache Cassandra', category: DATABASE, aliases: ['Cassandra'], ambiguous: ['Cassandra'] },
  { id: 'elasticsearch', name: 'Elasticsearch', category: DATABASE, aliases: ['Elastic Search', 'ELK', 'ELK stack'] },
  { id: 'dynamodb', name: 'DynamoDB', category: DATABASE, aliases: ['Amazon DynamoDB'] },
  { id: 'neo4j', name: 'Neo4j', category: DATABASE, aliases: [] },
  { id: 'firebase', name: 'Firebase', category: DATABASE, aliases: ['Google Firebase'] },

  // Cloud, DevOps, infrastructure
  { id: 'aws', name: 'AWS', category: CLOUD, aliases: ['Amazon Web Services'] },
  { id: 'aws-lambda', name: 'AWS Lambda', category: CLOUD, aliases: ['Lambda'], ambiguous: ['Lambda'] },
  {
    id: 'gcp',
    name: 'Google Cloud',
    category: CLOUD,
    aliases: ['GCP', 'Google Cloud Platform'],
  },
  { id: 'azure', name: 'Microsoft Azure', category: CLOUD, aliases: ['Azure', 'MS Azure'] },
  { id: 'docker', name: 'Docker', category: DEVOPS, aliases: ['Docker Compose', 'Dockerfile', 'Dockerfiles'] },
  { id: 'kubernetes', name: 'Kubernetes', category: DEVOPS, aliases: ['k8s', 'K8S', 'kube'] },
  { id: 'helm', name: 'Helm', category: DEVOPS, aliases: ['Helm charts'], ambiguous: ['Helm'] },
  { id: 'terraform', name: 'Terraform', category: DEVOPS, aliases: ['HashiCorp Terraform'] },
  { id: 'ansible', name: 'Ansible', category: DEVOPS, aliases: ['Red Hat Ansible'] },
  { id: 'chef', name: 'Chef', category: DEVOPS, aliases: ['Progress Chef', 'Chef Infra'], ambiguous: ['Chef'] },
  { id: 'puppet', name: 'Puppet', category: DEVOPS, aliases: [], ambiguous: ['Puppet'] },
  { id: 'jenkins', name: 'Jenkins', category: DEVOPS, aliases: ['Jenkins CI'], ambiguous: ['Jenkins'] },
  { id: 'github-actions', name: 'GitHub Actions', category: DEVOPS, aliases: [] },
  { id: 'gitlab-ci', name: 'GitLab CI', category: DEVOPS, aliases: ['GitLab CI/CD'] },
  {
    id: 'ci-cd',
    name: 'CI/CD',
    category: DEVOPS,
    aliases: ['CICD', 'CI / CD', 'CI-CD', 'continuous integration', 'continuous delivery', 'continuous deployment'],
  },
  { id: 'devops', name: 'DevOps', category: PRACTICE, aliases: [] },
  { id: 'linux', name: 'Linux', category: DEVOPS, aliases: ['GNU/Linux', 'Linux administration'] },
  // Cisco's network OS: the open data folds it into Apple's iOS.
  { id: 'cisco-ios', name: 'Cisco IOS', category: DEVOPS, aliases: ['Cisco IOS XE', 'Cisco IOS XR', 'IOS XE', 'IOS-XE', 'IOS XR', 'IOS-XR'] },
  { id: 'unix', name: 'Unix', category: DEVOPS, aliases: ['UNIX'] },
  { id: 'nginx', name: 'Nginx', category: DEVOPS, aliases: [] },
  { id: 'prometheus', name: 'Prometheus', category: DEVOPS, aliases: [] },
  { id: 'grafana', name: 'Grafana', category: DEVOPS, aliases: [] },
  { id: 'git', name: 'Git', category: TOOL, aliases: [] },
  { id: 'github', name: 'GitHub', category: TOOL, aliases: [] },
  { id: 'gitlab', name: 'GitLab', category: TOOL, aliases: [] },
  { id: 'eclipse', name: 'Eclipse IDE', category: TOOL, aliases: ['Eclipse'], ambiguous: ['Eclipse'] },
  { id: 'intellij', name: 'IntelliJ IDEA', category: TOOL, aliases: ['IntelliJ', 'JetBrains IntelliJ IDEA'] },
  { id: 'vscode', name: 'Visual Studio Code', category: TOOL, aliases: ['VS Code', 'VSCode'] },
  { id: 'postman', name: 'Postman', category: TOOL, aliases: [], ambiguous: ['Postman'] },
  { id: 'maven', name: 'Apache Maven', category: TOOL, aliases: ['Maven'], ambiguous: ['Maven'] },
  { id: 'gradle', name: 'Gradle', category: TOOL, aliases: [] },
  { id: 'ant', name: 'Apache Ant', category: TOOL, aliases: ['Ant'], ambiguous: ['Ant'] },
  { id: 'make', name: 'Make', category: TOOL, aliases: ['GNU Make', 'Makefile', 'Makefiles'], ambiguous: ['Make'] },

  // Data engineering
  { id: 'kafka', name: 'Apache Kafka', category: DATA, aliases: ['Kafka'] },
  { id: 'rabbitmq', name: 'RabbitMQ', category: DATA, aliases: [] },
  { id: 'spark', name: 'Apache Spark', category: DATA, aliases: ['Spark', 'PySpark', 'Spark SQL'], ambiguous: ['Spark'] },
  { id: 'hadoop', name: 'Apache Hadoop', category: DATA, aliases: ['Hadoop', 'HDFS'] },
  { id: 'hive', name: 'Apache Hive', category: DATA, aliases: ['Hive'], ambiguous: ['Hive'] },
  { id: 'airflow', name: 'Apache Airflow', category: DATA, aliases: ['Airflow'] },
  { id: 'databricks', name: 'Databricks', category: DATA, aliases: [] },
  { id: 'snowflake', name: 'Snowflake', category: DATA, aliases: [], ambiguous: ['Snowflake'] },
  { id: 'bigquery', name: 'BigQuery', category: DATA, aliases: ['Google BigQuery'] },
  { id: 'redshift', name: 'Amazon Redshift', category: DATA, aliases: ['Redshift'], ambiguous: ['Redshift'] },
  { id: 'etl', name: 'ETL', category: DATA, aliases: ['Extract, Transform, Load'] },
  { id: 'json', name: 'JSON', category: FORMAT, aliases: [] },
  { id: 'xml', name: 'XML', category: FORMAT, aliases: ['Extensible Markup Language'] },
  { id: 'yaml', name: 'YAML', category: FORMAT, aliases: [] },

  // Data science and machine learning
  { id: 'machine-learning', name: 'Machine Learning', category: ML, aliases: ['ML'] },
  { id: 'deep-learning', name: 'Deep Learning', category: ML, aliases: ['Deep Neural Networks'] },
  { id: 'nlp', name: 'Natural Language Processing', category: ML, aliases: ['NLP'] },
  { id: 'computer-vision', name: 'Computer Vision', category: ML, aliases: [] },
  { id: 'reinforcement-learning', name: 'Reinforcement Learning', category: ML, aliases: ['RL'], caseSensitive: ['RL'] },
  { id: 'llm', name: 'Large Language Models', category: ML, aliases: ['LLM', 'LLMs', 'Large Language Model'] },
  { id: 'tensorflow', name: 'TensorFlow', category: ML, aliases: ['TensorFlow 2', 'TF2'] },
  { id: 'pytorch', name: 'PyTorch', category: ML, aliases: [] },
  { id: 'keras', name: 'Keras', category: ML, aliases: [] },
  { id: 'scikit-learn', name: 'scikit-learn', category: ML, aliases: ['sklearn', 'scikit', 'SciKit-Learn'] },
  { id: 'pandas', name: 'pandas', category: ML, aliases: [] },
  { id: 'numpy', name: 'NumPy', category: ML, aliases: [] },
  { id: 'scipy', name: 'SciPy', category: ML, aliases: [] },
  { id: 'matplotlib', name: 'Matplotlib', category: ML, aliases: [] },
  { id: 'jupyter', name: 'Jupyter', category: ML, aliases: ['Jupyter Notebook', 'Jupyter Notebooks', 'JupyterLab'] },
  { id: 'hugging-face', name: 'Hugging Face', category: ML, aliases: ['HuggingFace', 'Hugging Face Transformers'] },
  { id: 'opencv', name: 'OpenCV', category: ML, aliases: [] },
  { id: 'jax', name: 'JAX', category: ML, aliases: [], caseSensitive: ['JAX'] },
  { id: 'ray', name: 'Ray', category: ML, aliases: ['Ray Serve', 'Ray Tune', 'Anyscale Ray'], ambiguous: ['Ray'] },
  { id: 'triton', name: 'Triton', category: ML, aliases: ['OpenAI Triton', 'Triton Inference Server', 'NVIDIA Triton'] },
  { id: 'onnx', name: 'ONNX', category: ML, aliases: ['ONNX Runtime'] },
  { id: 'mlops', name: 'MLOps', category: ML, aliases: [] },
  { id: 'statistics', name: 'Statistics', category: ML, aliases: ['Statistical analysis', 'Statistical modeling', 'Statistical modelling'] },
  {
    id: 'data-visualization',
    name: 'Data visualization',
    category: ML,
    aliases: ['Data visualisation', 'Data viz', 'Dataviz'],
  },
  { id: 'data-analysis', name: 'Data analysis', category: ML, aliases: ['Data analytics'] },
  { id: 'sas', name: 'SAS', category: ML, aliases: ['SAS software', 'SAS Enterprise Guide'], caseSensitive: ['SAS'] },
  { id: 'spss', name: 'SPSS', category: ML, aliases: ['IBM SPSS', 'IBM SPSS Statistics'] },
  { id: 'stata', name: 'Stata', category: ML, aliases: [] },

  // Office and business intelligence
  {
    id: 'excel',
    name: 'Microsoft Excel',
    category: OFFICE,
    aliases: ['Excel', 'MS Excel', 'Advanced Excel'],
    ambiguous: ['Excel'],
  },
  { id: 'ms-word', name: 'Microsoft Word', category: OFFICE, aliases: ['MS Word', 'Word'], ambiguous: ['Word'] },
  { id: 'ms-access', name: 'Microsoft Access', category: OFFICE, aliases: ['MS Access', 'Access'], ambiguous: ['Access'] },
  { id: 'powerpoint', name: 'Microsoft PowerPoint', category: OFFICE, aliases: ['PowerPoint', 'MS PowerPoint'] },
  {
    id: 'ms-office',
    name: 'Microsoft Office',
    category: OFFICE,
    aliases: ['MS Office', 'Office 365', 'Microsoft 365'],
  },
  { id: 'power-bi', name: 'Power BI', category: OFFICE, aliases: ['PowerBI', 'Microsoft Power BI', 'MS Power BI'] },
  { id: 'tableau', name: 'Tableau', category: OFFICE, aliases: ['Tableau Software', 'Tableau Desktop'] },
  { id: 'looker', name: 'Looker', category: OFFICE, aliases: ['Looker Studio', 'Google Data Studio'] },
  { id: 'jira', name: 'Jira', category: TOOL, aliases: ['JIRA', 'Atlassian JIRA', 'Atlassian Jira'] },
  { id: 'confluence', name: 'Confluence', category: TOOL, aliases: ['Atlassian Confluence'], ambiguous: ['Confluence'] },
  { id: 'salesforce', name: 'Salesforce', category: BUSINESS, aliases: ['SFDC', 'Salesforce CRM'] },
  { id: 'sap', name: 'SAP', category: BUSINESS, aliases: ['SAP ERP'], caseSensitive: ['SAP'] },

  // Design
  { id: 'figma', name: 'Figma', category: DESIGN, aliases: [] },
  { id: 'sketch', name: 'Sketch', category: DESIGN, aliases: ['Sketch app'], ambiguous: ['Sketch'] },
  { id: 'adobe-xd', name: 'Adobe XD', category: DESIGN, aliases: [] },
  { id: 'photoshop', name: 'Adobe Photoshop', category: DESIGN, aliases: ['Photoshop'] },
  {
    id: 'illustrator',
    name: 'Adobe Illustrator',
    category: DESIGN,
    aliases: ['Illustrator'],
    ambiguous: ['Illustrator'],
  },
  { id: 'seo', name: 'SEO', category: BUSINESS, aliases: ['Search engine optimization', 'Search engine optimisation'] },
  { id: 'ux-design', name: 'UX design', category: DESIGN, aliases: ['UX', 'UI/UX', 'UX/UI', 'User experience design'] },

  // Practices and testing
  { id: 'agile', name: 'Agile', category: PRACTICE, aliases: ['Agile methodologies', 'Agile methodology', 'Agile development'], ambiguous: ['Agile'] },
  { id: 'scrum', name: 'Scrum', category: PRACTICE, aliases: ['Scrum methodology'] },
  { id: 'kanban', name: 'Kanban', category: PRACTICE, aliases: [] },
  { id: 'tdd', name: 'Test-driven development', category: PRACTICE, aliases: ['TDD'] },
  { id: 'oop', name: 'Object-oriented programming', category: PRACTICE, aliases: ['OOP', 'Object oriented design', 'OOD'] },
  { id: 'unit-testing', name: 'Unit testing', category: TESTING, aliases: ['Unit tests'] },
  { id: 'jest', name: 'Jest', category: TESTING, aliases: [], ambiguous: ['Jest'] },
  { id: 'cypress', name: 'Cypress', category: TESTING, aliases: ['Cypress.io'], ambiguous: ['Cypress'] },
  { id: 'selenium', name: 'Selenium', category: TESTING, aliases: ['Selenium WebDriver'] },
  { id: 'junit', name: 'JUnit', category: TESTING, aliases: [] },
  { id: 'pytest', name: 'pytest', category: TESTING, aliases: [] },
]
