// gridline 网格工作台: the console's only script (the Content-Security-Policy allows no inline script).
// Pages work without it; it adds "select all" to the queue's bulk actions and asks before irreversible actions.
(function () {
    'use strict';

    function wire(root) {
        root.querySelectorAll('input[data-select-all]').forEach(function (all) {
            all.addEventListener('change', function () {
                document.querySelectorAll('input[name="number"][form="' + all.dataset.selectAll + '"]')
                    .forEach(function (box) { box.checked = all.checked; });
            });
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    }, true);
    document.addEventListener('DOMContentLoaded', function () { wire(document); });
    document.addEventListener('htmx:afterSwap', function (event) { wire(event.target); });
}());
