package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.DebtorRegime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The contact rules to apply per debtor regime, since the law limits collection contacts with
 * consumers more than with companies. Immutable and thread-safe.
 */
public final class ContactRulebook {

    private final Map<DebtorRegime, ContactRules> byRegime;

    /**
     * Creates a rulebook.
     *
     * @param consumer the rules for consumers; never null
     * @param company the rules for companies; never null
     */
    public ContactRulebook(ContactRules consumer, ContactRules company) {
        Map<DebtorRegime, ContactRules> map = new EnumMap<>(DebtorRegime.class);
        map.put(DebtorRegime.CONSUMER, Objects.requireNonNull(consumer, "consumer"));
        map.put(DebtorRegime.COMPANY, Objects.requireNonNull(company, "company"));
        this.byRegime = map;
    }

    /**
     * Returns the Chilean rulebook: {@link ContactRules#chileanConsumer} for consumers and
     * {@link ContactRules#companyDefaults} for companies, both with {@link Holidays#chile()}.
     *
     * @return the rulebook; never null
     */
    public static ContactRulebook chile() {
        Holidays calendar = Holidays.chile();
        return new ContactRulebook(ContactRules.chileanConsumer(calendar),
                ContactRules.companyDefaults(calendar));
    }

    /**
     * Returns the rules for a regime.
     *
     * @param regime the debtor's regime; never null
     * @return the rules; never null
     */
    public ContactRules rulesFor(DebtorRegime regime) {
        return byRegime.get(Objects.requireNonNull(regime, "regime"));
    }
}
