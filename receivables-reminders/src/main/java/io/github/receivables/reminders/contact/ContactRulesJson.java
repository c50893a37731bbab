package io.github.receivables.reminders.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.reminders.policy.JsonReader;
import io.github.receivables.reminders.policy.PolicyValidationException;
import io.github.receivables.spi.calendar.HolidayCalendar;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads contact rules from JSON, reporting every problem with its field path such as
 * {@code windows[0].start}. Channel lists accept channel names and the groups {@code WRITTEN}
 * and {@code CALLS_AND_VISITS}. The format is described in docs/reminders.md. Thread-safe.
 */
public final class ContactRulesJson {

    private static final Set<String> RULE_FIELDS =
            Set.of("id", "windows", "caps", "minGap", "noContactWhen");
    private static final Set<String> WINDOW_FIELDS =
            Set.of("channels", "days", "start", "end", "closedOnHolidays");
    private static final Set<String> CAP_FIELDS =
            Set.of("channels", "max", "period", "minDaysApart");

    private ContactRulesJson() {}

    /**
     * Reads one rule set.
     *
     * @param json the JSON text; never null
     * @param source the file or resource name for messages; never null
     * @param calendar the holidays that close windows marked so; never null
     * @return the rules; never null
     * @throws PolicyValidationException listing every problem with its field path
     */
    public static ContactRules read(Reader json, String source, HolidayCalendar calendar) {
        JsonNode root = JsonReader.parse(json, source);
        JsonReader reader = new JsonReader();
        if (!reader.object(root, "", RULE_FIELDS)) {
            throw new PolicyValidationException(source, reader.problems());
        }
        ContactRules.Builder builder = ContactRules.builder(nonNull(reader.text(root, "", "id")));

        List<JsonNode> windows = reader.array(root, "", "windows", false);
        for (int i = 0; i < windows.size(); i++) {
            window(reader, windows.get(i), "windows[" + i + "]", builder);
        }

        List<JsonNode> caps = reader.array(root, "", "caps", false);
        for (int i = 0; i < caps.size(); i++) {
            cap(reader, caps.get(i), "caps[" + i + "]", builder);
        }

        String gap = root.has("minGap") ? reader.text(root, "", "minGap") : null;
        if (gap != null) {
            builder.minGap(duration(reader, gap));
        }

        List<JsonNode> statuses = reader.array(root, "", "noContactWhen", false);
        for (int i = 0; i < statuses.size(); i++) {
            LegalStatus status = reader.enumOf(statuses.get(i).asText(),
                    "noContactWhen[" + i + "]", LegalStatus.class);
            if (status != null) {
                builder.noContactWhen(status);
            }
        }

        if (!reader.problems().isEmpty()) {
            throw new PolicyValidationException(source, reader.problems());
        }
        return builder.calendar(calendar).build();
    }

    private static String nonNull(String id) {
        return id == null ? "(missing)" : id;
    }

    private static void window(JsonReader reader, JsonNode node, String path,
            ContactRules.Builder builder) {
        if (!reader.object(node, path, WINDOW_FIELDS)) {
            return;
        }
        Set<ContactChannel> channels = channels(reader, node, path);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<JsonNode> dayNodes = reader.array(node, path, "days", true);
        for (int d = 0; d < dayNodes.size(); d++) {
            DayOfWeek day = reader.enumOf(dayNodes.get(d).asText(),
                    JsonReader.join(path, "days[" + d + "]"), DayOfWeek.class);
            if (day != null) {
                days.add(day);
            }
        }
        LocalTime start = time(reader, node, path, "start");
        LocalTime end = time(reader, node, path, "end");
        boolean closed = reader.bool(node, path, "closedOnHolidays", true);
        if (start == null || end == null || channels.isEmpty() || days.isEmpty()) {
            return;
        }
        if (!end.isAfter(start)) {
            reader.problem(JsonReader.join(path, "end"), "must be after start " + start
                    + ", got " + end);
            return;
        }
        builder.window(channels, days, start, end, closed);
    }

    private static void cap(JsonReader reader, JsonNode node, String path,
            ContactRules.Builder builder) {
        if (!reader.object(node, path, CAP_FIELDS)) {
            return;
        }
        Set<ContactChannel> channels = channels(reader, node, path);
        Integer max = reader.integer(node, path, "max");
        CapPeriod period = reader.enumValue(node, path, "period", CapPeriod.class);
        Integer apart = node.has("minDaysApart") ? reader.integer(node, path, "minDaysApart") : 0;
        if (max != null && max < 1) {
            reader.problem(JsonReader.join(path, "max"), "must be at least 1, got " + max);
            return;
        }
        if (apart != null && apart < 0) {
            reader.problem(JsonReader.join(path, "minDaysApart"), "must not be negative, got "
                    + apart);
            return;
        }
        if (max != null && period != null && apart != null && !channels.isEmpty()) {
            builder.cap(channels, max, period, apart);
        }
    }

    private static Set<ContactChannel> channels(JsonReader reader, JsonNode node, String path) {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        List<JsonNode> names = reader.array(node, path, "channels", true);
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c).asText();
            if (name.equalsIgnoreCase("WRITTEN")) {
                channels.addAll(ContactCap.written());
            } else if (name.equalsIgnoreCase("CALLS_AND_VISITS")) {
                channels.addAll(ContactCap.callsAndVisits());
            } else {
                ContactChannel channel = reader.enumOf(name,
                        JsonReader.join(path, "channels[" + c + "]"), ContactChannel.class);
                if (channel != null) {
                    channels.add(channel);
                }
            }
        }
        if (names.isEmpty() && node.has("channels")) {
            reader.problem(JsonReader.join(path, "channels"), "must list at least one channel");
        }
        return channels;
    }

    private static LocalTime time(JsonReader reader, JsonNode node, String path, String name) {
        String text = reader.text(node, path, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            reader.problem(JsonReader.join(path, name), "'" + text
                    + "' is not a time of day such as 08:00");
            return null;
        }
    }

    private static Duration duration(JsonReader reader, String text) {
        try {
            Duration gap = Duration.parse(text);
            if (gap.isNegative()) {
                reader.problem("minGap", "must not be negative, got " + text);
                return Duration.ZERO;
            }
            return gap;
        } catch (DateTimeParseException e) {
            reader.problem("minGap", "'" + text + "' is not an ISO-8601 duration such as PT4H");
            return Duration.ZERO;
        }
    }
}
