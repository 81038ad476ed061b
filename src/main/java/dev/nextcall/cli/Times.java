package dev.nextcall.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parsing of the command line's time and zone arguments, with messages that say what is expected. */
final class Times {

    private Times() {
    }

    /** ISO-8601 with an offset or Z, as the contract says: 2026-12-01T09:00:00Z, 2026-12-01T10:00+01:00. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a time with an offset, like 2026-12-01T09:00:00Z or 2026-12-01T10:00+01:00");
            }
        }
    }

    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a time zone; use a name like Europe/Berlin or America/New_York");
            }
        }
    }
}
