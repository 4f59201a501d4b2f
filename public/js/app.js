// Small behaviours for Alpine's CSP build: components are registered by name, no inline expressions are evaluated.
document.addEventListener('alpine:init', () => {
  window.Alpine.data('uploadForm', () => ({
    busy: false,
    get idle() {
      return !this.busy
    },
    submitting() {
      // Keep the form's own submission; only show progress and prevent a double submit.
      this.busy = true
    },
  }))
})
