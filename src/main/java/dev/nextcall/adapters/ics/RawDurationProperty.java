package dev.nextcall.adapters.ics;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * DURATION as the text the file holds. ical4j's own DURATION property normalises the value
 * ({@code PT24H} reads back as {@code P1D}), which loses the nominal/exact distinction the busy
 * rules depend on; this property keeps the text and checks it with {@link IcsDuration} while
 * parsing, so a bad value is still reported with its line.
 */
final class RawDurationProperty extends Property {

    private static final long serialVersionUID = 1L;

    private String value;

    RawDurationProperty(ParameterList parameters, String value) {
        super(Property.DURATION, parameters);
        setValue(value);
    }

    IcsDuration duration() {
        return IcsDuration.parse(value);
    }

    @Override
    public void setValue(String value) {
        IcsDuration.parse(value);
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
    protected PropertyFactory<RawDurationProperty> newFactory() {
        return new Factory();
    }

    /** Replaces ical4j's DURATION factory in the builder the adapter uses; nothing global changes. */
    static final class Factory implements PropertyFactory<RawDurationProperty> {

        private static final long serialVersionUID = 1L;

        @Override
        public RawDurationProperty createProperty() {
            return new RawDurationProperty(new ParameterList(), "PT0S");
        }

        @Override
        public RawDurationProperty createProperty(ParameterList parameters, String value) {
            return new RawDurationProperty(parameters, value);
        }

        @Override
        public boolean supports(String name) {
            return Property.DURATION.equalsIgnoreCase(name);
        }
    }
}
