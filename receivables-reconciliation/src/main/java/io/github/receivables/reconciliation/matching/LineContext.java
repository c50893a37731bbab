package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.InvalidTaxIdException;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import io.github.receivables.reconciliation.matching.score.PayerNames;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What matching learned about one line before scoring: references and payer identity. */
final class LineContext {

    final BankLine line;
    final List<ExtractedReference> references;
    final String payerName;
    final String payerAccount;
    /** Item position to best exact reference strength. */
    final Map<Integer, Integer> referenceHits = new LinkedHashMap<>();
    /** Customer position to the identity evidence naming it (tax id, account, learned rule). */
    final Map<Integer, List<Evidence>> identified = new LinkedHashMap<>();
    private final Map<Integer, Evidence> nameEvidence = new HashMap<>();
    private final OpenItemIndex index;
    private final ScoringWeights weights;

    LineContext(BankLine line, List<ExtractedReference> references, OpenItemIndex index,
            PayerRules rules, ScoringWeights weights) {
        this.line = line;
        this.references = references;
        this.index = index;
        this.weights = weights;
        this.payerName = PayerNames.normalize(line.payer().name());
        this.payerAccount = line.payer().account() == null ? null
                : ReferenceKeys.account(line.payer().account().value());
        findReferenceHits();
        identifyByTaxId();
        identifyByAccount(rules);
        identifyByLearnedName(rules);
        identifyByUniqueName();
    }

    private void findReferenceHits() {
        for (ExtractedReference reference : references) {
            if (!reference.isDocumentReference()) {
                continue;
            }
            int[] hits = index.byReference(reference.key());
            if (hits.length > 10) {
                continue;
            }
            int strength = exactStrength(reference);
            for (int position : hits) {
                referenceHits.merge(position, strength, Math::max);
            }
        }
    }

    /** Exact hits of words without a keyword are weaker, the more so the shorter they are. */
    private static int exactStrength(ExtractedReference reference) {
        if (reference.kind() != ExtractedReference.Kind.TOKEN) {
            return 10_000;
        }
        int length = reference.key().length();
        if (length >= 6) {
            return 9_000;
        }
        if (length >= 4) {
            return 7_000;
        }
        return 5_000;
    }

    private void identifyByTaxId() {
        String given = line.payer().taxId();
        if (given != null) {
            addTaxId(compactTaxId(given), "the tax id the bank gives is the customer's");
        }
        for (ExtractedReference reference : references) {
            if (reference.kind() == ExtractedReference.Kind.TAX_ID) {
                addTaxId(reference.key(), "a tax id in the text is the customer's");
            }
        }
    }

    private static String compactTaxId(String given) {
        try {
            return Rut.parse(given).compact();
        } catch (InvalidTaxIdException e) {
            return ReferenceKeys.account(given);
        }
    }

    private void addTaxId(String compact, String detail) {
        int customer = index.customerByTaxId(compact);
        if (customer >= 0) {
            addIdentity(customer, Evidence.of(Evidence.Kind.PAYER_TAX_ID, weights.payerTaxId(),
                    10_000, detail));
        }
    }

    private void identifyByAccount(PayerRules rules) {
        if (payerAccount == null || payerAccount.isEmpty()) {
            return;
        }
        int known = index.customerByAccount(payerAccount);
        if (known >= 0) {
            addIdentity(known, Evidence.of(Evidence.Kind.PAYER_ACCOUNT, weights.payerAccount(),
                    10_000, "payer account is a known account of the customer"));
        }
        rules.customerForAccount(payerAccount).ifPresent(id -> addLearned(id,
                Evidence.Kind.PAYER_ACCOUNT, weights.payerAccount(),
                "payer account was confirmed for the customer before"));
    }

    private void identifyByLearnedName(PayerRules rules) {
        if (payerName.isEmpty()) {
            return;
        }
        rules.customerForName(payerName).ifPresent(id -> {
            int customer = index.customerPosition(id);
            if (customer >= 0) {
                nameEvidence.put(customer, Evidence.of(Evidence.Kind.PAYER_NAME,
                        weights.payerName(), 10_000, "payer name was confirmed for the customer"));
                identified.computeIfAbsent(customer, k -> new ArrayList<>());
            }
        });
    }

    private void identifyByUniqueName() {
        if (payerName.isEmpty()) {
            return;
        }
        int customer = index.customerByName(payerName);
        if (customer >= 0) {
            addIdentity(customer, Evidence.of(Evidence.Kind.PAYER_NAME_UNIQUE,
                    weights.payerNameUnique(), 10_000,
                    "payer name is the name of this customer and of no other"));
        }
    }

    private void addLearned(CustomerId id, Evidence.Kind kind, int weight, String detail) {
        int customer = index.customerPosition(id);
        if (customer >= 0) {
            addIdentity(customer, Evidence.of(kind, weight, 10_000, detail));
        }
    }

    private void addIdentity(int customer, Evidence evidence) {
        List<Evidence> list = identified.computeIfAbsent(customer, k -> new ArrayList<>());
        for (Evidence existing : list) {
            if (existing.kind() == evidence.kind()) {
                return;
            }
        }
        list.add(evidence);
    }

    /** Adds the payer evidence for a customer: identity evidence, then name similarity. */
    void addPayerEvidence(int customer, List<Evidence> evidence) {
        List<Evidence> identity = identified.get(customer);
        if (identity != null) {
            evidence.addAll(identity);
        }
        Evidence name = nameEvidence.computeIfAbsent(customer, this::nameSimilarity);
        if (name.pointsBp() > 0) {
            evidence.add(name);
        }
    }

    private Evidence nameSimilarity(int customer) {
        int similarity = PayerNames.similarityBp(payerName, index.customerName(customer));
        int strength = similarity >= 8_500 ? similarity : 0;
        return Evidence.of(Evidence.Kind.PAYER_NAME, weights.payerName(), strength,
                "payer name resembles the customer's name");
    }

    /** Returns the amount the payer meant in a currency, or null when it cannot be known. */
    Money payAmountIn(Currency currency) {
        if (line.amount().currency().equals(currency)) {
            return line.amount();
        }
        Money instructed = line.instructedAmount();
        return instructed != null && instructed.currency().equals(currency) ? instructed.abs()
                : null;
    }
}
