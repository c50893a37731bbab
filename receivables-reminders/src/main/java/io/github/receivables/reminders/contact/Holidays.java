package io.github.receivables.reminders.contact;

import io.github.receivables.spi.calendar.HolidayCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock {@link HolidayCalendar}: one country's holidays read from CSV. Immutable and
 * thread-safe.
 *
 * <p>The CSV has a header line {@code date,region,name}, then one holiday per line: an ISO date,
 * an ISO 3166-2 region code or nothing for a national holiday, and a name. Lines starting with
 * {@code #} and blank lines are ignored. Names may not contain commas.
 *
 * <p>{@link #chile()} loads the bundled file of Chile's national holidays and the regional ones
 * of Arica y Parinacota (7 June) and Ñuble (20 August) for 2025 to 2027. Update it by passing a
 * newer file of the same format to {@link #fromCsv}, or {@link #merge} the bundled one with extra
 * days such as election holidays declared later.
 *
 * <p>A national holiday (blank region) applies to whatever region code the caller passes,
 * because a calendar contains one country. A regional holiday applies only to its own code.
 */
public final class Holidays implements HolidayCalendar {

    /** Classpath location of the bundled Chilean holidays. */
    public static final String CHILE_RESOURCE =
            "/io/github/receivables/reminders/contact/holidays-cl.csv";

    private static final Holidays CHILE = loadChile();

    private final Map<LocalDate, List<Holiday>> byDate;
    private final List<Holiday> all;

    private Holidays(List<Holiday> holidays) {
        Map<LocalDate, List<Holiday>> index = new HashMap<>();
        for (Holiday holiday : holidays) {
            index.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add(holiday);
        }
        index.replaceAll((date, list) -> List.copyOf(list));
        this.byDate = Map.copyOf(index);
        this.all = List.copyOf(holidays);
    }

    /**
     * Creates a calendar from holidays.
     *
     * @param holidays the holidays; never null
     * @return the calendar; never null
     */
    public static Holidays of(List<Holiday> holidays) {
        return new Holidays(holidays);
    }

    /**
     * Returns the bundled Chilean calendar, 2025 to 2027.
     *
     * @return the calendar; never null
     */
    public static Holidays chile() {
        return CHILE;
    }

    /**
     * Reads a calendar from CSV.
     *
     * @param csv the CSV text; never null
     * @param source the file name for messages; never null
     * @return the calendar; never null
     * @throws IllegalArgumentException if a line is malformed, naming the source and line number
     * @throws UncheckedIOException if reading fails
     */
    public static Holidays fromCsv(Reader csv, String source) {
        List<Holiday> holidays = new ArrayList<>();
        BufferedReader lines = new BufferedReader(csv);
        try {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (header) {
                    checkHeader(trimmed, source, number);
                    header = false;
                    continue;
                }
                holidays.add(parseLine(trimmed, source, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holidays from " + source, e);
        }
        return new Holidays(holidays);
    }

    private static void checkHeader(String line, String source, int number) {
        if (!line.equals("date,region,name")) {
            throw new IllegalArgumentException(source + " line " + number
                    + ": expected the header 'date,region,name', got '" + line + "'");
        }
    }

    private static Holiday parseLine(String line, String source, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException(source + " line " + number + ": expected 3 fields"
                    + " (date,region,name), got " + fields.length);
        }
        try {
            return new Holiday(LocalDate.parse(fields[0].strip()), fields[1].strip(),
                    fields[2].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " line " + number + ": date '"
                    + fields[0] + "' is not an ISO date such as 2025-09-18", e);
        }
    }

    private static Holidays loadChile() {
        InputStream in = Holidays.class.getResourceAsStream(CHILE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled holiday file " + CHILE_RESOURCE
                    + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader, CHILE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHILE_RESOURCE, e);
        }
    }

    /**
     * Returns a calendar with the holidays of this one and another.
     *
     * @param other the extra holidays; never null
     * @return the merged calendar; never null
     */
    public Holidays merge(Holidays other) {
        Objects.requireNonNull(other, "other");
        List<Holiday> merged = new ArrayList<>(all);
        merged.addAll(other.all);
        return new Holidays(merged);
    }

    /**
     * Returns every holiday in file order.
     *
     * @return the holidays; never null
     */
    public List<Holiday> all() {
        return all;
    }

    /**
     * Returns the holiday on a day in a region, with its name.
     *
     * @param date the day; never null
     * @param region the debtor's country or ISO 3166-2 region code; never null
     * @return the holiday, or empty when the day is not one there
     */
    public Optional<Holiday> find(LocalDate date, String region) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        List<Holiday> onDate = byDate.get(date);
        if (onDate == null) {
            return Optional.empty();
        }
        for (Holiday holiday : onDate) {
            if (holiday.appliesIn(region)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a day is a holiday in a region.
     *
     * @param date the day; never null
     * @param region the debtor's country or ISO 3166-2 region code; never null
     * @return true if {@link #find} returns a holiday
     */
    @Override
    public boolean isHoliday(LocalDate date, String region) {
        return find(date, region).isPresent();
    }
}
