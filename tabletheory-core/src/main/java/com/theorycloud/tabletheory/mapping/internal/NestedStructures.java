package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.internal.StructureReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled structures of nested records and classes, shared by every model that embeds them. A nested type uses the
 * naming convention its own {@code @TableTheoryModel} declares, otherwise that of the enclosing model.
 */
final class NestedStructures {

    private record Key(Class<?> type, NamingConvention naming) {
    }

    private static final ClassValue<Map<NamingConvention, BeanStructure>> COMPILED = new ClassValue<>() {
        @Override
        protected Map<NamingConvention, BeanStructure> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final ThreadLocal<Set<Key>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

    private NestedStructures() {
    }

    /** Compiles a nested type now (so a bad nested type fails at startup); recursive types are compiled once. */
    static void validate(Class<?> type, NamingConvention inherited) {
        Key key = key(type, inherited);
        Map<NamingConvention, BeanStructure> compiled = COMPILED.get(type);
        if (compiled.containsKey(key.naming()) || !IN_PROGRESS.get().add(key)) {
            return;
        }
        try {
            String name = type.getSimpleName();
            compiled.putIfAbsent(key.naming(),
                    BeanStructure.compile(StructureReader.read(type, name, key.naming(), ConverterResolver::resolve), true));
        } finally {
            IN_PROGRESS.get().remove(key);
        }
    }

    /** The compiled structure of a nested type, compiling it on first use. */
    static BeanStructure of(Class<?> type, NamingConvention inherited) {
        Key key = key(type, inherited);
        BeanStructure structure = COMPILED.get(type).get(key.naming());
        if (structure == null) {
            validate(type, inherited);
            structure = COMPILED.get(type).get(key.naming());
        }
        return java.util.Objects.requireNonNull(structure);
    }

    private static Key key(Class<?> type, NamingConvention inherited) {
        TableTheoryModel own = type.getAnnotation(TableTheoryModel.class);
        return new Key(type, own != null && own.naming().length == 1 ? own.naming()[0] : inherited);
    }
}
