package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.TaxId;
import java.util.List;
import java.util.Objects;

/**
 * What matching knows about a customer to recognize it as a payer. Contains personal data: never
 * log it above DEBUG.
 *
 * @param id the customer; never null
 * @param name the customer's name, compared with the payer name the bank gives; never null
 * @param taxId the tax id (for Chile a RUT), or null when unknown
 * @param segment the segment that selects the auto-apply threshold; never null
 * @param accounts bank accounts (IBAN or domestic numbers) known to belong to the customer;
 *     never null, possibly empty
 */
public record PayerProfile(
        CustomerId id, String name, TaxId taxId, String segment, List<String> accounts) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public PayerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        accounts = List.copyOf(accounts);
    }

    /**
     * Creates a profile from a customer with no known accounts.
     *
     * @param customer the customer; never null
     * @return the profile with the customer's name, tax id and segment
     */
    public static PayerProfile of(Customer customer) {
        return new PayerProfile(customer.id(), customer.name(), customer.taxId(),
                customer.segment(), List.of());
    }

    /**
     * Returns a copy with known bank accounts.
     *
     * @param newAccounts the accounts; never null
     * @return the updated profile
     */
    public PayerProfile withAccounts(List<String> newAccounts) {
        return new PayerProfile(id, name, taxId, segment, newAccounts);
    }
}
