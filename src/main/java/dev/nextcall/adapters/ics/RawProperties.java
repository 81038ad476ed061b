package dev.nextcall.adapters.ics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;

/**
 * The value of each date, length and recurrence property exactly as the file writes it, and which
 * property of its name it is, counted from the top of the file. ical4j keeps neither: it re-formats
 * the values it parsed (a local time in a DST gap comes back moved, see {@link WrittenTime}) and
 * forgets line numbers once parsing is done. One instance records one parse: its factories wrap
 * ical4j's own and note what they create, nothing else changes.
 */
final class RawProperties {

    private static final Set<String> KEPT = Set.of(
            Property.DTSTART, Property.DTEND, Property.DURATION, Property.RECURRENCE_ID,
            Property.RDATE, Property.EXDATE, Property.RRULE);

    /** @param ordinal 0 for the first property of this name in the file, 1 for the second… */
    record Written(String name, String text, int ordinal) {
    }

    private final Map<Property, Written> written = new IdentityHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** ical4j's factories, each wrapped to record what it creates. */
    List<PropertyFactory<?>> recording(List<PropertyFactory<?>> factories) {
        List<PropertyFactory<?>> wrapped = new ArrayList<>(factories.size());
        for (PropertyFactory<?> factory : factories) {
            wrapped.add(new Recording(factory));
        }
        return wrapped;
    }

    Optional<Written> of(Property property) {
        return Optional.ofNullable(written.get(property));
    }

    private void record(Property property, String value) {
        String name = property.getName().toUpperCase(Locale.ROOT);
        if (KEPT.contains(name)) {
            int ordinal = counts.merge(name, 1, Integer::sum) - 1;
            written.put(property, new Written(name, value, ordinal));
        }
    }

    private final class Recording implements PropertyFactory<Property> {

        private static final long serialVersionUID = 1L;

        private final transient PropertyFactory<?> factory;

        Recording(PropertyFactory<?> factory) {
            this.factory = factory;
        }

        @Override
        public Property createProperty() {
            return factory.createProperty();
        }

        @Override
        public Property createProperty(ParameterList parameters, String value) {
            Property property = factory.createProperty(parameters, value);
            record(property, value);
            return property;
        }

        @Override
        public boolean supports(String name) {
            return factory.supports(name);
        }
    }
}
