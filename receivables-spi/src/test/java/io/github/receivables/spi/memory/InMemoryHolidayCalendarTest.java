package io.github.receivables.spi.memory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.calendar.HolidayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryHolidayCalendarTest {

    private static final LocalDate INDEPENDENCE = LocalDate.of(2024, 9, 18);
    private static final LocalDate ARICA_DAY = LocalDate.of(2024, 6, 7);

    private final InMemoryHolidayCalendar calendar = InMemoryHolidayCalendar.builder()
            .add("CL", INDEPENDENCE)
            .add("CL-AP", ARICA_DAY)
            .build();

    @Test
    void nationalHolidayHoldsInCountry() {
        assertTrue(calendar.isHoliday(INDEPENDENCE, "CL"));
    }

    @Test
    void nationalHolidayHoldsInSubdivision() {
        assertTrue(calendar.isHoliday(INDEPENDENCE, "CL-AP"));
    }

    @Test
    void regionalHolidayHoldsOnlyInItsSubdivision() {
        assertTrue(calendar.isHoliday(ARICA_DAY, "CL-AP"));
        assertFalse(calendar.isHoliday(ARICA_DAY, "CL"));
        assertFalse(calendar.isHoliday(ARICA_DAY, "CL-RM"));
    }

    @Test
    void unknownRegionHasNoHolidays() {
        assertFalse(calendar.isHoliday(INDEPENDENCE, "AR"));
    }

    @Test
    void ordinaryDayIsNoHoliday() {
        assertFalse(calendar.isHoliday(INDEPENDENCE.plusDays(2), "CL"));
    }

    @Test
    void lowerCaseRegionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> InMemoryHolidayCalendar.builder().add("cl", INDEPENDENCE));
    }

    @Test
    void noneHasNoHolidays() {
        assertFalse(HolidayCalendar.none().isHoliday(INDEPENDENCE, "CL"));
    }
}
