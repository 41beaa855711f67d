package org.jinguo.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.persistence.Sorting;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy list over a service's page and count queries: only the rows of the page shown are
 * ever loaded. Filtering is by the owner's own filter fields, passed in the two functions.
 */
public class PagedList<T> extends LazyDataModel<T> {

    /** Loads one page. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** Counts all rows. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The key a row is selected by. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    /** Loads one page in the order the user chose by clicking a column header. */
    @FunctionalInterface
    public interface SortedPage<T> extends Serializable {
        List<T> load(int first, int max, Sorting sorting);
    }

    private final SortedPage<T> page;
    private final Count count;
    private final Key<T> key;
    private List<T> rows = List.of();

    public PagedList(Page<T> page, Count count, Key<T> key) {
        this((SortedPage<T>) (first, max, sorting) -> page.load(first, max), count, key);
    }

    /** A list that sorts in the database: the column's {@code sortBy} names the key the service knows. */
    public PagedList(SortedPage<T> page, Count count, Key<T> key) {
        this.page = page;
        this.count = count;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        rows = page.load(first, pageSize, sorting(sortBy));
        return rows;
    }

    private static Sorting sorting(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return Sorting.NONE;
        }
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .findFirst()
                .map(meta -> new Sorting(meta.getField(), meta.getOrder().isAscending()))
                .orElse(Sorting.NONE);
    }

    /**
     * What a session keeps of the list when it is written for another server (docs/scaling.md): how to load and
     * count, not the page of rows last shown (row records need not be serializable); the table loads its page
     * again when it next renders.
     */
    protected Object writeReplace() {
        return new Kept<>(page, count, key);
    }

    private record Kept<T>(SortedPage<T> page, Count count, Key<T> key) implements Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new PagedList<>(page, count, key);
        }
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return rows.stream().filter(row -> key.of(row).equals(rowKey)).findFirst().orElse(null);
    }
}
