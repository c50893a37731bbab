package io.github.receivables.spi.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactPoint;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.core.party.TaxIdScheme;
import io.github.receivables.spi.TenantId;
import io.github.receivables.spi.event.DomainEvent;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.MatchDecisionId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Jackson mapping of the core and SPI types, for adapters that keep values as JSON (a JDBC
 * store's document column, a policy file, events sent to a queue):
 *
 * <ul>
 *   <li>{@link Money} as {@code {"amount":"1234.50","currency":"USD"}}, the amount a string at the
 *       currency's scale; reading rejects extra fraction digits instead of rounding;
 *   <li>identifiers ({@link CustomerId}, {@link DocumentId}, {@link PaymentId}, {@link
 *       AllocationId}, {@link MatchDecisionId}, {@link TenantId}) as strings, also as map keys;
 *   <li>{@link TaxId} as {@code {"country":"CL","id":"123456785"}}, validated when read;
 *   <li>{@link Locale} as a BCP 47 language tag such as {@code es-CL};
 *   <li>the sealed types {@link CollectionStatus}, {@link AllocationSource}, {@link
 *       DispatchOutcome} and {@link DomainEvent} with a {@code "type"} field such as
 *       {@code "disputed"};
 *   <li>records (customers, documents, payments, allocations, outbox records, decisions) by
 *       their components.
 * </ul>
 *
 * <p>Dates and instants come from Jackson's {@link JavaTimeModule}, registered as a dependency;
 * write them as ISO-8601 text by disabling {@code WRITE_DATES_AS_TIMESTAMPS}, as {@link
 * ReceivablesJson#newMapper()} does. The module is immutable once registered and thread-safe like
 * any Jackson module.
 */
public final class ReceivablesJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with Chile's RUT as the one tax id scheme that validates on read. */
    public ReceivablesJacksonModule() {
        this(List.of());
    }

    /**
     * Creates the module with more tax id schemes; a scheme of the same country replaces the
     * built-in RUT scheme.
     *
     * @param schemes schemes by which tax ids of their countries are parsed when read; never null
     */
    public ReceivablesJacksonModule(List<TaxIdScheme> schemes) {
        super("ReceivablesJacksonModule");
        Map<String, TaxIdScheme> byCountry = new HashMap<>();
        byCountry.put(Rut.SCHEME.country(), Rut.SCHEME);
        for (TaxIdScheme scheme : schemes) {
            byCountry.put(Objects.requireNonNull(scheme, "scheme").country(), scheme);
        }
        addSerializer(Money.class, new MoneyJson.Serializer());
        addDeserializer(Money.class, new MoneyJson.Deserializer());
        addSerializer(TaxId.class, new TaxIdJson.Serializer());
        addDeserializer(TaxId.class, new TaxIdJson.Deserializer(byCountry));
        addText(Locale.class, Locale::toLanguageTag, ReceivablesJacksonModule::parseLocale);
        addText(CustomerId.class, CustomerId::value, CustomerId::of);
        addText(DocumentId.class, DocumentId::value, DocumentId::of);
        addText(PaymentId.class, PaymentId::value, PaymentId::of);
        addText(AllocationId.class, AllocationId::value, AllocationId::of);
        addText(MatchDecisionId.class, MatchDecisionId::value, MatchDecisionId::of);
        addText(TenantId.class, TenantId::value, TenantId::of);
        setMixInAnnotation(CollectionStatus.class, TypeMixins.CollectionStatusMixin.class);
        setMixInAnnotation(AllocationSource.class, TypeMixins.AllocationSourceMixin.class);
        setMixInAnnotation(DispatchOutcome.class, TypeMixins.DispatchOutcomeMixin.class);
        setMixInAnnotation(DomainEvent.class, TypeMixins.DomainEventMixin.class);
        setMixInAnnotation(ContactPoint.class, TypeMixins.ComponentsOnlyMixin.class);
        setMixInAnnotation(OpenItem.class, TypeMixins.ComponentsOnlyMixin.class);
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    private <T> void addText(Class<T> type, Function<T, String> toText,
            Function<String, T> fromText) {
        addSerializer(type, new TextJson.Serializer<>(type, toText));
        addKeySerializer(type, new TextJson.KeySerializer<>(type, toText));
        addDeserializer(type, new TextJson.Deserializer<>(type, fromText));
        addKeyDeserializer(type, new TextJson.KeyParser<>(type, fromText));
    }

    private static Locale parseLocale(String tag) {
        // Locale.ROOT is written as "und" (undetermined), which has no language to check.
        if ("und".equals(tag)) {
            return Locale.ROOT;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("locale '" + tag
                    + "' is not a BCP 47 language tag such as es-CL");
        }
        return locale;
    }
}
