package org.reportintake.load.variants;

/**
 * Renders a seed-layout text in another layout (pipe tables, one table per row, page footers, flattened digits, …)
 * or changes it the way some real reports differ (a blank 总计 column).
 */
@FunctionalInterface
public interface Layout {

    String apply(String seedText);

    /** This layout, then {@code next}: e.g. blank the totals, then render as pipe tables. */
    default Layout then(Layout next) {
        return text -> next.apply(apply(text));
    }
}
