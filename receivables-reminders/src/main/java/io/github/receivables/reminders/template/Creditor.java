package io.github.receivables.reminders.template;

import java.util.Objects;

/**
 * The creditor as messages present it: who requests payment and how the debtor can reach them.
 * Chilean consumer law requires collection messages to identify who collects.
 *
 * @param name the creditor's trade name; never blank
 * @param phone the phone number debtors may call, or empty; never null
 * @param email the email address debtors may write to, or empty; never null
 */
public record Creditor(String name, String phone, String email) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Creditor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        if (name.isBlank()) {
            throw new IllegalArgumentException("creditor name must not be blank");
        }
    }
}
