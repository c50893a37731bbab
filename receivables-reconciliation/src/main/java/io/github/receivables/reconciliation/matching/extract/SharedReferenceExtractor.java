package io.github.receivables.reconciliation.matching.extract;

import io.github.receivables.core.party.InvalidTaxIdException;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.ExtractedReference;
import io.github.receivables.reconciliation.matching.ExtractedReference.Kind;
import io.github.receivables.reconciliation.matching.ReferenceExtractor;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import io.github.receivables.reconciliation.reference.ReferenceHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link ReferenceExtractor}: the shared {@link
 * io.github.receivables.reconciliation.reference.ReferenceExtractor} of the statement readers
 * (invoice patterns, RF, QR, ESR, RUT and our structured payment reference) over the line's
 * remittance text and structured creditor reference, completed by {@link BasicReferenceExtractor}.
 * The basic extractor contributes the typed creditor reference (QRR, ESR) and the other words
 * with digits, which the shared extractor does not report and the engine scores as weaker
 * evidence. When both find a key, the stronger kind is kept. Thread-safe.
 */
public final class SharedReferenceExtractor implements ReferenceExtractor {

    /** The instance over the shared extractor's standard settings. */
    public static final SharedReferenceExtractor STANDARD = new SharedReferenceExtractor(
            io.github.receivables.reconciliation.reference.ReferenceExtractor.standard());

    private final io.github.receivables.reconciliation.reference.ReferenceExtractor shared;

    /**
     * Creates an adapter over a configured shared extractor, such as one with the host's
     * invoice patterns.
     *
     * @param shared the shared extractor; never null
     */
    public SharedReferenceExtractor(
            io.github.receivables.reconciliation.reference.ReferenceExtractor shared) {
        this.shared = Objects.requireNonNull(shared, "shared");
    }

    @Override
    public List<ExtractedReference> extract(BankLine line) {
        Map<String, Kind> found = new LinkedHashMap<>();
        List<ReferenceHit> hits = new ArrayList<>(shared.extract("remittance", line.remittance()));
        if (line.creditorReference() != null) {
            hits.addAll(shared.extract("creditorReference", line.creditorReference().value()));
        }
        for (ReferenceHit hit : hits) {
            toReference(hit).ifPresent(reference -> put(found, reference.key(), reference.kind()));
        }
        for (ExtractedReference reference : BasicReferenceExtractor.INSTANCE.extract(line)) {
            put(found, reference.key(), reference.kind());
        }
        List<ExtractedReference> references = new ArrayList<>(found.size());
        found.forEach((key, kind) -> references.add(new ExtractedReference(kind, key)));
        references.sort(Comparator.comparing(ExtractedReference::kind));
        int max = BasicReferenceExtractor.MAX_REFERENCES;
        return references.size() > max ? List.copyOf(references.subList(0, max)) : references;
    }

    /** Maps a shared hit to matching's kinds and lookup keys; empty when it gives no key. */
    static java.util.Optional<ExtractedReference> toReference(ReferenceHit hit) {
        String key;
        Kind kind;
        switch (hit.kind()) {
            case INVOICE_NUMBER -> {
                key = ReferenceKeys.normalize(hit.value());
                kind = Kind.INVOICE_NUMBER;
            }
            case RF_CREDITOR_REFERENCE -> {
                key = ReferenceKeys.normalize(hit.value());
                kind = Kind.RF;
            }
            case QR_REFERENCE -> {
                key = ReferenceKeys.normalize(hit.value());
                kind = Kind.QR;
            }
            case ESR_REFERENCE -> {
                key = ReferenceKeys.normalize(hit.value());
                kind = Kind.ESR;
            }
            case STRUCTURED_PAYMENT_REFERENCE -> {
                key = ReferenceKeys.normalize(hit.value());
                kind = Kind.CREDITOR_REFERENCE;
            }
            case CHILEAN_RUT -> {
                key = compactRut(hit.value());
                kind = Kind.TAX_ID;
            }
            default -> {
                return java.util.Optional.empty();
            }
        }
        return key == null || key.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new ExtractedReference(kind, key));
    }

    private static String compactRut(String value) {
        try {
            return Rut.parse(value).compact();
        } catch (InvalidTaxIdException e) {
            return null;
        }
    }

    private static void put(Map<String, Kind> found, String key, Kind kind) {
        found.merge(key, kind, (old, added) -> old.compareTo(added) <= 0 ? old : added);
    }
}
