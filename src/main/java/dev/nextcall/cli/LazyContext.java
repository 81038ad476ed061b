package dev.nextcall.cli;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.TrackCall;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.config.Settings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** Creates the real context on first use, so a usage error or --help reads no file at all. */
final class LazyContext implements CliContext {

    private final Supplier<CliContext> factory;
    private CliContext delegate;

    LazyContext(Supplier<CliContext> factory) {
        this.factory = factory;
    }

    private CliContext get() {
        if (delegate == null) {
            delegate = factory.get();
        }
        return delegate;
    }

    @Override
    public Clock clock() {
        return get().clock();
    }

    @Override
    public Settings settings() {
        return get().settings();
    }

    @Override
    public ZoneId systemZone() {
        return get().systemZone();
    }

    @Override
    public ZoneId repZone() {
        return get().repZone();
    }

    @Override
    public CalendarSource calendarOf(List<String> filesOrAddresses, ZoneId floatingZone) {
        return get().calendarOf(filesOrAddresses, floatingZone);
    }

    @Override
    public CalendarSource configuredCalendar() {
        return get().configuredCalendar();
    }

    @Override
    public ProposeSlots proposeSlots(CalendarSource calendar, ZoneId repZone) {
        return get().proposeSlots(calendar, repZone);
    }

    @Override
    public BookNextStep booking(ZoneId repZone) {
        return get().booking(repZone);
    }

    @Override
    public TrackCall calls() {
        return get().calls();
    }

    @Override
    public ReviewHistory history() {
        return get().history();
    }
}
