package io.github.receivables.core.party;

import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A debtor. Build one with {@link #builder(CustomerId, String)}.
 *
 * <p>The name, tax id and contact addresses are personal data; never log them above DEBUG.
 *
 * @param id the host's identifier; never null
 * @param name the legal or display name; never blank
 * @param taxId the tax identifier, or null when unknown
 * @param regime consumer or company; never null
 * @param size the company size class, {@link CompanySize#UNKNOWN} for consumers; never null
 * @param legalStatus whether the debtor is sued or insolvent; never null
 * @param contacts the contact points in order of preference; never null
 * @param locale the preferred language for messages; never null
 * @param zone the time zone in which contact hours are counted; never null
 * @param creditLimit the credit limit, or null for none
 * @param segment the host's segment name used to choose a reminder policy; never blank
 */
public record Customer(
        @NotNull @Valid CustomerId id,
        @NotBlank @Size(max = 200) String name,
        TaxId taxId,
        @NotNull DebtorRegime regime,
        @NotNull CompanySize size,
        @NotNull LegalStatus legalStatus,
        @NotNull List<@Valid ContactPoint> contacts,
        @NotNull Locale locale,
        @NotNull ZoneId zone,
        Money creditLimit,
        @NotBlank String segment) {

    /** The segment of a customer built without one. */
    public static final String DEFAULT_SEGMENT = "default";

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if name or segment is blank or the credit limit is negative
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(segment, "segment");
        contacts = List.copyOf(contacts);
        if (name.isBlank()) {
            throw new IllegalArgumentException("customer " + id + " has a blank name");
        }
        if (segment.isBlank()) {
            throw new IllegalArgumentException("customer " + id + " has a blank segment");
        }
        if (creditLimit != null && creditLimit.isNegative()) {
            throw new IllegalArgumentException("customer " + id + " has a negative credit limit "
                    + creditLimit);
        }
    }

    /**
     * Starts a builder with the required fields.
     *
     * @param id the host's identifier
     * @param name the legal or display name
     * @return a builder with defaults: company regime, unknown size, no legal status, no
     *     contacts, locale es-CL, zone America/Santiago, no credit limit, segment "default"
     */
    public static Builder builder(CustomerId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Returns the tax identifier.
     *
     * @return the tax id, or empty when unknown
     */
    public Optional<TaxId> findTaxId() {
        return Optional.ofNullable(taxId);
    }

    /**
     * Returns the contact points on a channel that may be used now.
     *
     * @param channel the channel
     * @return usable contact points in order of preference; never null
     */
    public List<ContactPoint> usableContacts(ContactChannel channel) {
        List<ContactPoint> usable = new ArrayList<>();
        for (ContactPoint contact : contacts) {
            if (contact.channel() == channel && contact.isUsable()) {
                usable.add(contact);
            }
        }
        return usable;
    }

    /**
     * Returns a copy with another legal status.
     *
     * @param status the new status
     * @return the updated customer
     */
    public Customer withLegalStatus(LegalStatus status) {
        return new Customer(id, name, taxId, regime, size, status, contacts, locale, zone,
                creditLimit, segment);
    }

    /**
     * Returns a copy with other contact points.
     *
     * @param newContacts the contact points in order of preference
     * @return the updated customer
     */
    public Customer withContacts(List<ContactPoint> newContacts) {
        return new Customer(id, name, taxId, regime, size, legalStatus, newContacts, locale, zone,
                creditLimit, segment);
    }

    /** Builds a {@link Customer}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final CustomerId id;
        private final String name;
        private TaxId taxId;
        private DebtorRegime regime = DebtorRegime.COMPANY;
        private CompanySize size = CompanySize.UNKNOWN;
        private LegalStatus legalStatus = LegalStatus.NONE;
        private final List<ContactPoint> contacts = new ArrayList<>();
        private Locale locale = Locale.forLanguageTag("es-CL");
        private ZoneId zone = ZoneId.of("America/Santiago");
        private Money creditLimit;
        private String segment = DEFAULT_SEGMENT;

        private Builder(CustomerId id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the tax identifier.
         *
         * @param value the tax id; null for unknown
         * @return this builder
         */
        public Builder taxId(TaxId value) {
            this.taxId = value;
            return this;
        }

        /**
         * Sets the regime; a consumer's size becomes {@link CompanySize#UNKNOWN}.
         *
         * @param value consumer or company
         * @return this builder
         */
        public Builder regime(DebtorRegime value) {
            this.regime = Objects.requireNonNull(value, "regime");
            return this;
        }

        /**
         * Sets the company size.
         *
         * @param value the size class
         * @return this builder
         */
        public Builder size(CompanySize value) {
            this.size = Objects.requireNonNull(value, "size");
            return this;
        }

        /**
         * Sets the legal status.
         *
         * @param value none, sued or insolvent
         * @return this builder
         */
        public Builder legalStatus(LegalStatus value) {
            this.legalStatus = Objects.requireNonNull(value, "legalStatus");
            return this;
        }

        /**
         * Adds a contact point after those already added.
         *
         * @param channel the channel
         * @param address the address on that channel
         * @param consent the consent recorded
         * @return this builder
         */
        public Builder contact(ContactChannel channel, String address, Consent consent) {
            contacts.add(new ContactPoint(channel, address, consent));
            return this;
        }

        /**
         * Sets the preferred language.
         *
         * @param value the locale, such as {@code es-CL}
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Sets the time zone in which contact hours are counted.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * Sets the credit limit.
         *
         * @param value the limit, zero or more; null for none
         * @return this builder
         */
        public Builder creditLimit(Money value) {
            if (value != null && value.isNegative()) {
                throw new IllegalArgumentException("credit limit must not be negative, got "
                        + value);
            }
            this.creditLimit = value;
            return this;
        }

        /**
         * Sets the segment name used to choose a reminder policy.
         *
         * @param value the segment, not blank
         * @return this builder
         */
        public Builder segment(String value) {
            Objects.requireNonNull(value, "segment");
            if (value.isBlank()) {
                throw new IllegalArgumentException("segment must not be blank");
            }
            this.segment = value;
            return this;
        }

        /**
         * Builds the customer.
         *
         * @return the customer
         */
        public Customer build() {
            CompanySize effectiveSize = regime == DebtorRegime.CONSUMER ? CompanySize.UNKNOWN : size;
            return new Customer(id, name, taxId, regime, effectiveSize, legalStatus, contacts,
                    locale, zone, creditLimit, segment);
        }
    }
}
