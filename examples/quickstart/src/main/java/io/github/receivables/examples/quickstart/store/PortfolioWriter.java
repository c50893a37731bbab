package io.github.receivables.examples.quickstart.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.ReferenceResult;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.examples.quickstart.portfolio.Portfolio;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a portfolio in one transaction: new customers and documents are inserted, stored
 * customers are updated from master data, a stored document takes a new claim or dispute status,
 * and credit and debit notes take effect through the ledger. A failure rolls everything back.
 */
public final class PortfolioWriter {

    private PortfolioWriter() {}

    /**
     * The changes of one write.
     *
     * @param newCustomers customers inserted
     * @param updatedCustomers customers updated from master data
     * @param newDocuments documents inserted
     * @param knownDocuments documents already stored
     * @param updatedDocuments stored documents whose status changed
     * @param notesApplied credit and debit note allocations created or reversed
     * @param unresolved references to documents that are not stored
     */
    public record WriteSummary(int newCustomers, int updatedCustomers, int newDocuments,
            int knownDocuments, int updatedDocuments, int notesApplied, int unresolved) {}

    /**
     * Writes the portfolio.
     *
     * @param stores the stores; never null
     * @param portfolio what was read; never null
     * @return what changed; never null
     */
    public static WriteSummary write(Stores stores, Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        return stores.inTransaction(tx -> writeIn(tx, portfolio));
    }

    private static WriteSummary writeIn(Stores tx, Portfolio portfolio) {
        int[] customers = writeCustomers(tx, portfolio);
        int[] documents = writeDocuments(tx, portfolio);
        Ledger ledger = LedgerLoader.load(tx).ledger();
        int applied = 0;
        int unresolved = 0;
        for (Document document : portfolio.documents()) {
            if (document.kind() == DocumentKind.INVOICE || document.references().isEmpty()) {
                continue;
            }
            ReferenceResult result = ledger.applyReferences(document.id());
            if (!result.created().isEmpty()) {
                tx.allocations().insertAll(result.created());
            }
            for (Allocation reversed : result.reversed()) {
                tx.allocations().reverse(reversed.id(), reversed.reversedOn());
            }
            applied += result.created().size() + result.reversed().size();
            unresolved += result.unresolved().size();
        }
        return new WriteSummary(customers[0], customers[1], documents[0], documents[1],
                documents[2], applied, unresolved);
    }

    private static int[] writeCustomers(Stores tx, Portfolio portfolio) {
        List<Customer> all = List.copyOf(portfolio.customers());
        Map<CustomerId, Versioned<Customer>> stored = tx.customers().findAll(
                all.stream().map(Customer::id).toList());
        List<Customer> fresh = new ArrayList<>();
        int updated = 0;
        for (Customer customer : all) {
            Versioned<Customer> row = stored.get(customer.id());
            if (row == null) {
                fresh.add(customer);
            } else if (portfolio.isMasterData(customer.id()) && !row.value().equals(customer)) {
                tx.customers().update(customer, row.version());
                updated++;
            }
        }
        if (!fresh.isEmpty()) {
            tx.customers().insertAll(fresh);
        }
        return new int[] {fresh.size(), updated};
    }

    private static int[] writeDocuments(Stores tx, Portfolio portfolio) {
        List<Document> all = List.copyOf(portfolio.documents());
        Map<DocumentId, Versioned<Document>> stored = tx.documents().findAll(
                all.stream().map(Document::id).toList());
        List<Document> fresh = new ArrayList<>();
        int updated = 0;
        for (Document document : all) {
            Versioned<Document> row = stored.get(document.id());
            if (row == null) {
                fresh.add(document);
                continue;
            }
            Document merged = Portfolio.mergeDocument(row.value(), document);
            if (!merged.equals(row.value())) {
                tx.documents().update(merged, row.version());
                updated++;
            }
        }
        if (!fresh.isEmpty()) {
            tx.documents().insertAll(fresh);
        }
        return new int[] {fresh.size(), all.size() - fresh.size(), updated};
    }
}
