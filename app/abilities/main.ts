/**
 * Standalone abilities. Résumé access lives in ResumePolicy; this file
 * exists because the bouncer middleware expects an abilities module.
 */
export {}
