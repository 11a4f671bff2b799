// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // The legal-ground catalogue on the decide form: type to narrow the list (code, title or citation).
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var list = document.querySelector(input.getAttribute('data-filter'));
    var count = document.getElementById(input.getAttribute('aria-describedby'));
    if (!list) {
      return;
    }
    var update = function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      list.querySelectorAll('li[data-search]').forEach(function (item) {
        var text = item.getAttribute('data-search');
        var checked = item.querySelector('input:checked') !== null;
        var match = checked || words.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) {
          shown++;
        }
      });
      if (count && count.getAttribute('data-template')) {
        count.textContent = count.getAttribute('data-template').replace('{0}', shown);
      }
    };
    input.addEventListener('input', update);
    update();
  });
});
