package io.github.receivables.reminders;

import java.util.Objects;

/**
 * A reason with a code for programs and a detail for people, such as {@code HOLIDAY: 2025-09-18
 * is a holiday (Independencia Nacional)}. Details never contain personal data.
 *
 * @param code the reason code; never null
 * @param detail the explanation; never null
 */
public record Reason(ReasonCode code, String detail) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Creates a reason.
     *
     * @param code the code
     * @param detail the explanation
     * @return the reason; never null
     */
    public static Reason of(ReasonCode code, String detail) {
        return new Reason(code, detail);
    }

    @Override
    public String toString() {
        return code + ": " + detail;
    }
}
