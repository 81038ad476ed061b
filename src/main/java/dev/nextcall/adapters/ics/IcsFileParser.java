package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.CalendarException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentFactory;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * Turns the bytes of one .ics file into its events, ready to give instances for any window, or a {@link CalendarException} that
 * names the file and, where it can, the line and what is wrong there. Stateless; every parse gets
 * its own ical4j builder and time-zone registry, so the VTIMEZONEs of one file never leak into another.
 */
final class IcsFileParser {

    private static final Pattern ICAL4J_LINE_PREFIX = Pattern.compile("^Error at line \\d+:\\s*");
    /** ical4j sometimes passes on a cause's toString(): "java.net.URISyntaxException: Illegal character…". */
    private static final Pattern EXCEPTION_CLASS_PREFIX = Pattern.compile("^(?:[a-z0-9_]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

    private final ZoneId floatingZone;

    IcsFileParser(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    IcsInstances parse(Path file, byte[] content) {
        try {
            IcsSource source = IcsSource.of(textOf(content));
            if (source.isEmpty()) {
                // An empty file (a calendar.ics just created by hand) holds no events; nothing is wrong with it.
                return IcsInstances.NONE;
            }
            RawProperties raw = new RawProperties();
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            Calendar calendar = build(source, raw, registry);
            TimeZoneIds zones = new TimeZoneIds(registry, timeZoneIdsOf(calendar));
            IcsEventMapper mapper = new IcsEventMapper(new PropertyValues(source, raw, zones, floatingZone));
            List<IcsEvent> events = new ArrayList<>();
            for (VEvent vevent : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
                mapper.map(vevent).ifPresent(events::add);
            }
            return IcsInstances.of(events, registry);
        } catch (MalformedIcsException e) {
            String where = e.line() > 0 ? file + " line " + e.line() : file.toString();
            throw new CalendarException(where + ": " + e.problem(), e);
        }
    }

    private static Calendar build(IcsSource source, RawProperties raw, TimeZoneRegistry registry) throws MalformedIcsException {
        // ical4j asks its suppliers again for every property, parameter and component, and its default
        // suppliers build new lists of factories each time: hand it lists made once per parse.
        List<PropertyFactory<?>> properties = raw.recording(propertyFactories());
        List<ParameterFactory<?>> parameters = new DefaultParameterFactorySupplier().get();
        List<ComponentFactory<?>> components = new DefaultComponentFactorySupplier().get();
        ContentHandlerContext context = new ContentHandlerContext()
                .withPropertyFactorySupplier(() -> properties)
                .withParameterFactorySupplier(() -> parameters)
                .withComponentFactorySupplier(() -> components)
                .withSuppressInvalidProperties(false);
        CalendarBuilder builder = new CalendarBuilder(new CalendarParserImpl(), context, registry);
        try {
            return builder.build(new StringReader(source.text()));
        } catch (ParserException e) {
            String where = source.parserLineText(e.getLineNo()).map(text -> " in '" + IcsSource.abbreviate(text) + "'").orElse("");
            throw new MalformedIcsException(source.physicalLine(e.getLineNo()), problemOf(e) + where, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
    }

    private static Set<String> timeZoneIdsOf(Calendar calendar) {
        Set<String> tzids = new HashSet<>();
        for (VTimeZone zone : calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)) {
            zone.<TzId>getProperty(Property.TZID).ifPresent(tzid -> tzids.add(tzid.getValue()));
        }
        return tzids;
    }

    /**
     * ical4j's factories, except DURATION, which must keep its text (see {@link RawDurationProperty}),
     * and the bookkeeping stamps, which must not fail a file for a missing 'Z' (see {@link RawTimestampProperty}).
     */
    private static List<PropertyFactory<?>> propertyFactories() {
        List<PropertyFactory<?>> factories = new ArrayList<>(new DefaultPropertyFactorySupplier().get());
        factories.removeIf(factory -> factory.supports(RawDurationProperty.DURATION)
                || RawTimestampProperty.NAMES.stream().anyMatch(factory::supports));
        factories.add(new RawDurationProperty.Factory());
        RawTimestampProperty.NAMES.forEach(name -> factories.add(new RawTimestampProperty.Factory(name)));
        return factories;
    }

    private static String problemOf(ParserException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse("");
        message = ICAL4J_LINE_PREFIX.matcher(message).replaceFirst("");
        message = EXCEPTION_CLASS_PREFIX.matcher(message).replaceFirst("");
        if (message.isBlank() && e.getCause() != null) {
            message = String.valueOf(e.getCause().getMessage());
        }
        return message.isBlank() ? "not valid iCalendar" : message;
    }

    /** UTF-8 as RFC 5545 requires; a stray byte becomes U+FFFD in a title rather than failing the calendar. */
    private static String textOf(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
