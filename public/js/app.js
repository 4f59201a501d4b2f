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

// Score-history charts: <canvas data-chart='[{"version":1,"score":62},…]'>. The table beside it has the same
// numbers, so without JavaScript (or chart.js) nothing is lost. Runs again after htmx swaps in new content.
function drawCharts(root) {
  if (!window.Chart) return
  for (const canvas of root.querySelectorAll('canvas[data-chart]')) {
    if (canvas.dataset.drawn) continue
    canvas.dataset.drawn = 'true'
    const points = JSON.parse(canvas.dataset.chart)
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((point) => `v${point.version}`),
        datasets: [{ label: 'ATS score', data: points.map((point) => point.score), borderColor: '#2849c7', tension: 0.2 }],
      },
      options: { animation: false, scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
    })
  }
}
document.addEventListener('DOMContentLoaded', () => drawCharts(document))
document.addEventListener('htmx:afterSettle', (event) => drawCharts(event.target))
