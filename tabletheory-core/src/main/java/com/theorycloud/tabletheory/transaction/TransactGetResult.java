package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The items of a {@link TransactGet}, one slot per requested key in request order; a key without an item has an
 * empty slot. All items come from one consistent snapshot.
 */
public final class TransactGetResult {

    private final List<Table<?>> tables;
    private final List<@Nullable Object> items;

    TransactGetResult(List<Table<?>> tables, List<@Nullable Object> items) {
        this.tables = List.copyOf(tables);
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** How many keys were requested. */
    public int size() {
        return items.size();
    }

    /**
     * The item of the {@code index}-th requested key, empty when it does not exist.
     *
     * @throws IllegalArgumentException when that key was requested from another table
     */
    public <T> Optional<T> get(int index, Table<T> table) {
        if (tables.get(index) != table) {
            throw new IllegalArgumentException("Key " + index + " of the transactional get was read from "
                    + tables.get(index) + ", not " + table);
        }
        @SuppressWarnings("unchecked")
        T item = (T) items.get(index);
        return Optional.ofNullable(item);
    }

    /** The items found, in request order; keys without an item are left out. */
    public List<Object> items() {
        List<Object> found = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item != null) {
                found.add(item);
            }
        }
        return found;
    }

    /** The items found in one table, in request order. */
    public <T> List<T> items(Table<T> table) {
        List<T> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (tables.get(i) == table && items.get(i) != null) {
                @SuppressWarnings("unchecked")
                T item = (T) items.get(i);
                found.add(item);
            }
        }
        return found;
    }
}
