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
/*
 * A list's sort control on a phone (PrimeFaces' reflow dropdown) offers each column up and down but not the list's
 * own order, so a list in its default order showed "姓名 升序排列": it now says 默认顺序 (body's data-default-order)
 * until an order is chosen. And PrimeFaces found the chosen column's option by the Latin letters of its header,
 * which a Chinese header has none of (it marked the last column's): it is found by the column's id.
 */
(function () {
    'use strict';
    var DataTable = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.DataTable;
    if (!DataTable || !window.jQuery) {
        return;
    }
    function show(dropdown, columnId, ascending) {
        var chosen = false;
        dropdown.children('option').not('.jg-default-order').each(function () {
            var option = jQuery(this);
            // not read back from the option: a single select whose selected option is unselected selects its first
            var match = columnId !== null && option.data('columnkey') === columnId
                && Number(option.data('sortorder')) === (ascending ? 0 : 1);
            this.selected = match;
            chosen = chosen || match;
        });
        var placeholder = dropdown.children('option.jg-default-order');
        if (!chosen) {
            if (!placeholder.length) {
                placeholder = jQuery('<option class="jg-default-order" value="" disabled="disabled" hidden="hidden"/>')
                    .text(document.body.getAttribute('data-default-order') || '').prependTo(dropdown);
            }
            placeholder.prop('selected', true);
        }
    }
    DataTable.prototype.updateReflowDD = function (header, sortOrder) {
        if (this.reflowDD && this.reflowDD.length && this.cfg.reflow) {
            show(this.reflowDD, sortOrder ? header.attr('id') : null, sortOrder > 0);
        }
    };
    // a table none of whose columns is sorted is in its own order (after the tables' widgets are made, and again
    // after an ajax update re-renders a table)
    function markUnsorted() {
        document.querySelectorAll('select.ui-reflow-dropdown').forEach(function (select) {
            var table = select.closest('.ui-datatable');
            if (table && !table.querySelector('th.ui-sortable-column.ui-state-active')) {
                show(jQuery(select), null, true);
            }
        });
    }
    jQuery(markUnsorted);
    jQuery(document).on('pfAjaxComplete', markUnsorted);
})();
