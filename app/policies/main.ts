export const policies = {
  ResumePolicy: () => import('#policies/resume_policy'),
}
