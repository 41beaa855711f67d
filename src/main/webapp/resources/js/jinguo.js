/*
 * A pager's report counts grouped by thousands ("共 16,649 条"), like every other figure the pages show: PrimeFaces
 * writes the numbers bare, on the server and again in the browser after each page turn. A list with no rows shows
 * its empty message (and the next step) without a pager that would say "共 0 条，本页第 0–0 条".
 */
(function () {
    'use strict';
    var grouping = new Intl.NumberFormat('en-US');
    function groupCounts() {
        document.querySelectorAll('.ui-datatable').forEach(function (table) {
            table.classList.toggle('jg-no-rows', table.querySelector('tr.ui-datatable-empty-message') !== null);
        });
        document.querySelectorAll('.ui-paginator-current').forEach(function (report) {
            var text = report.textContent;
            var grouped = text.replace(/\d{4,}/g, function (digits) { return grouping.format(Number(digits)); });
            if (grouped !== text) {
                report.textContent = grouped;
            }
        });
    }
    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Paginator) {
        var updateUI = PrimeFaces.widget.Paginator.prototype.updateUI;
        PrimeFaces.widget.Paginator.prototype.updateUI = function () {
            updateUI.apply(this, arguments);
            groupCounts();
        };
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', groupCounts);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', groupCounts);
    } else {
        groupCounts();
    }
})();
/*
 * Buttons without a script of their own in the page (the Content-Security-Policy refuses inline handlers): the phone's
 * menu button opens and closes the menu; a print button (打印) prints the page through the print stylesheet.
 */
document.addEventListener('click', function (event) {
    if (!event.target.closest) {
        return;
    }
    if (event.target.closest('.jg-menu-toggle')) {
        document.body.classList.toggle('jg-menu-open');
    } else if (event.target.closest('.jg-print-button')) {
        window.print();
    }
});
