package dev.neurona.nn;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values of a spec's stored settings ({@link SpecField#stored()}), each in its own type, every one
 * present and within its described range: a setting left out takes its default, and a required one
 * left out or a value out of range is refused here, so no spec can hold one.
 */
public record SpecSettings(Map<SpecField, Object> values) {

    public SpecSettings {
        Map<SpecField, Object> complete = new EnumMap<>(SpecField.class);
        values.forEach((field, value) -> {
            if (!field.stored()) {
                throw new IllegalArgumentException(field.key() + " is not a stored setting");
            }
            complete.put(field, value == null ? null : field.normalize(value));
        });
        for (SpecField field : SpecField.values()) {
            if (field.stored() && complete.get(field) == null && field.defaultValue() != null) {
                complete.put(field, field.parse(field.defaultValue(), field.max(), new java.util.ArrayList<>()).orElseThrow());
            }
            if (field.stored()) {
                field.check(complete.get(field));
            }
        }
        values = Collections.unmodifiableMap(complete);
    }

    /** A copy with one setting changed. */
    public SpecSettings with(SpecField field, Object value) {
        Map<SpecField, Object> changed = new EnumMap<>(values);
        changed.put(field, value);
        return new SpecSettings(changed);
    }

    public Object get(SpecField field) {
        return values.get(field);
    }

    public double decimal(SpecField field) {
        return ((Number) values.get(field)).doubleValue();
    }

    public long whole(SpecField field) {
        return ((Number) values.get(field)).longValue();
    }

    public boolean flag(SpecField field) {
        return (Boolean) values.get(field);
    }

    public <T> T choice(SpecField field, Class<T> type) {
        return type.cast(values.get(field));
    }
}
