package org.gridline.console;

import io.quarkus.qute.TemplateData;

/** A list's page links ({@code console/pager.html}): the page shown (from 1), how many, and the neighbours (from 0). */
@TemplateData
public record Pager(long total, int shown, long pages, boolean previous, boolean next, int previousPage,
                    int nextPage) {
    static Pager of(int page, int size, long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        return new Pager(total, page + 1, pages, page > 0, (long) (page + 1) * size < total, page - 1, page + 1);
    }
}
