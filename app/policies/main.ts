export const policies = {
  ResumePolicy: () => import('#policies/resume_policy'),
  JobPolicy: () => import('#policies/job_policy'),
}
