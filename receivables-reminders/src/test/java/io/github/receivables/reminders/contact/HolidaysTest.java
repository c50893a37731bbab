package io.github.receivables.reminders.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {

    private final Holidays chile = Holidays.chile();

    @Test
    void independenceDayIsNationalHoliday() {
        assertEquals("Independencia Nacional",
                chile.find(LocalDate.of(2025, 9, 18), "CL").orElseThrow().name());
    }

    @Test
    void aricaHolidayAppliesOnlyInAricaYParinacota() {
        LocalDate june7 = LocalDate.of(2026, 6, 7);

        assertTrue(chile.isHoliday(june7, "CL-AP"));
        assertFalse(chile.isHoliday(june7, "CL-RM"));
        assertFalse(chile.isHoliday(june7, "CL"));
    }

    @Test
    void nubleHolidayAppliesOnlyInNuble() {
        assertTrue(chile.isHoliday(LocalDate.of(2027, 8, 20), "CL-NB"));
        assertFalse(chile.isHoliday(LocalDate.of(2027, 8, 20), "CL-AP"));
    }

    @Test
    void movedHolidaysFallOnMonday() {
        assertTrue(chile.isHoliday(LocalDate.of(2027, 6, 28), "CL"));
        assertFalse(chile.isHoliday(LocalDate.of(2027, 6, 29), "CL"));
        assertTrue(chile.isHoliday(LocalDate.of(2027, 10, 11), "CL"));
    }

    @Test
    void everyYearHasItsFixedHolidays() {
        for (int year = 2025; year <= 2027; year++) {
            assertTrue(chile.isHoliday(LocalDate.of(year, 1, 1), "CL"), "new year " + year);
            assertTrue(chile.isHoliday(LocalDate.of(year, 5, 21), "CL"), "navy day " + year);
            assertTrue(chile.isHoliday(LocalDate.of(year, 12, 25), "CL"), "christmas " + year);
        }
    }

    @Test
    void csvLineWithBadDateNamesLine() {
        String csv = "# comment\ndate,region,name\n2025-01-01,,Año Nuevo\n2025-13-01,,Bad\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Holidays.fromCsv(new StringReader(csv), "extra.csv"));

        assertTrue(e.getMessage().startsWith("extra.csv line 4: date '2025-13-01'"),
                e.getMessage());
    }

    @Test
    void mergeAddsElectionDay() {
        Holidays extra = Holidays.fromCsv(new StringReader(
                "date,region,name\n2026-03-02,,Elección\n"), "extra.csv");

        assertTrue(chile.merge(extra).isHoliday(LocalDate.of(2026, 3, 2), "CL"));
        assertFalse(chile.isHoliday(LocalDate.of(2026, 3, 2), "CL"));
    }
}
