package org.gridline.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: the items, which page (from 0), its size, and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
    /** Default and largest page size of every list endpoint. */
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
