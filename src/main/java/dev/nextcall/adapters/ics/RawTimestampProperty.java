package dev.nextcall.adapters.ics;

import java.time.DateTimeException;
import java.util.Set;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * CREATED, LAST-MODIFIED and DTSTAMP as the text the file holds. RFC 5545 wants them in UTC, and
 * ical4j refuses the whole file over one without its 'Z' ({@code CREATED:20190303T153829}, as
 * SabreDAV writes it). The adapter never reads these bookkeeping stamps, so it accepts any
 * date-time there; a value that is no date-time at all is still refused, with its line.
 */
final class RawTimestampProperty extends Property {

    private static final long serialVersionUID = 1L;

    static final Set<String> NAMES = Set.of(Property.CREATED, Property.LAST_MODIFIED, Property.DTSTAMP);

    private String value;

    RawTimestampProperty(String name, ParameterList parameters, String value) {
        super(name, parameters);
        setValue(value);
    }

    @Override
    public void setValue(String value) {
        try {
            WrittenTime.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(getName() + ": invalid date-time '" + value + "'", e);
        }
        this.value = value;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public ValidationResult validate() {
        return ValidationResult.EMPTY;
    }

    @Override
    protected PropertyFactory<RawTimestampProperty> newFactory() {
        return new Factory(getName());
    }

    /** Replaces ical4j's factory for one of the stamps in the builder the adapter uses; nothing global changes. */
    static final class Factory implements PropertyFactory<RawTimestampProperty> {

        private static final long serialVersionUID = 1L;

        private final String name;

        Factory(String name) {
            this.name = name;
        }

        @Override
        public RawTimestampProperty createProperty() {
            return new RawTimestampProperty(name, new ParameterList(), "19700101T000000Z");
        }

        @Override
        public RawTimestampProperty createProperty(ParameterList parameters, String value) {
            return new RawTimestampProperty(name, parameters, value);
        }

        @Override
        public boolean supports(String propertyName) {
            return name.equalsIgnoreCase(propertyName);
        }
    }
}
