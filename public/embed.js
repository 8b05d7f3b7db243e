/*! promptmeter host script: sizes each iframe[data-promptmeter] to its content */
;(function () {
  if (window.promptmeterEmbed) return
  window.promptmeterEmbed = 1
  addEventListener('message', function (e) {
    var d = e.data,
      fs = document.querySelectorAll('iframe[data-promptmeter]'),
      i,
      f
    if (!d || d.type !== 'promptmeter:resize' || typeof d.height != 'number' || !(d.height > 0 && d.height < 1e5))
      return
    for (i = 0; i < fs.length; i++) {
      f = fs[i]
      // Only the frame that sent it, from its own origin ('null' when sandboxed)
      if (f.contentWindow !== e.source) continue
      if (e.origin === 'null' || e.origin === new URL(f.src, location.href).origin)
        f.style.height = Math.ceil(d.height) + 'px'
      return
    }
  })
})()
