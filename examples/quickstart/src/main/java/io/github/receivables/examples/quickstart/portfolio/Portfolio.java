package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The customers and documents read from all portfolio files of a run, merged by id, before
 * anything is written. Not thread-safe.
 *
 * <p>Merge rules: a customer from a portfolio CSV is master data and replaces one read from a
 * tax document; a customer from a tax document only fills a gap. A document read twice, for
 * example from a DTE and from the sales register, keeps the first copy, and the later copy adds
 * a claim or dispute status that the first lacks. A later copy with another customer, kind or
 * total is left out with a note.
 */
public final class Portfolio {

    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final Map<CustomerId, Boolean> masterData = new LinkedHashMap<>();
    private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    private final Map<DocumentId, String> documentFiles = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Adds or merges a customer.
     *
     * @param customer the customer; never null
     * @param isMasterData true when the customer comes from a portfolio CSV
     */
    public void addCustomer(Customer customer, boolean isMasterData) {
        Objects.requireNonNull(customer, "customer");
        if (!customers.containsKey(customer.id()) || isMasterData) {
            customers.put(customer.id(), customer);
            masterData.merge(customer.id(), isMasterData, Boolean::logicalOr);
        }
    }

    /**
     * Adds or merges a document. A document with the same id but another customer, kind or
     * total than one read before is left out with a note, because two sources disagree about it
     * (the SII sales register can list one folio twice).
     *
     * @param document the document; never null
     * @param file the file it was read from, for notes; never null
     * @return true when the document was added or merged, false when it was left out
     */
    public boolean addDocument(Document document, String file) {
        Document present = documents.get(document.id());
        if (present == null) {
            documents.put(document.id(), document);
            documentFiles.put(document.id(), file);
            return true;
        }
        if (!present.customerId().equals(document.customerId())
                || present.kind() != document.kind()
                || !present.total().equals(document.total())) {
            note("warning: " + file + ": left out a second copy of document " + document.id()
                    + " (customer " + document.customerId() + ", total " + document.total()
                    + ") because " + documentFiles.get(document.id()) + " gives customer "
                    + present.customerId() + " and total " + present.total());
            return false;
        }
        documents.put(document.id(), mergeDocument(present, document));
        return true;
    }

    /**
     * Merges a later copy of a stored or read document into the first.
     *
     * @param first the document as first known; never null
     * @param later the same document from another source; never null
     * @return the first, with the later copy's status when the first is active; never null
     */
    public static Document mergeDocument(Document first, Document later) {
        Document merged = first;
        boolean firstActive = first.status() instanceof CollectionStatus.Active;
        if (firstActive && !(later.status() instanceof CollectionStatus.Active)) {
            merged = merged.withStatus(later.status());
        }
        return merged;
    }

    /**
     * Records a note for the user, such as a skipped document.
     *
     * @param note one line; never null
     */
    public void note(String note) {
        notes.add(Objects.requireNonNull(note, "note"));
    }

    /**
     * Returns the customers in the order first read.
     *
     * @return the customers; never null
     */
    public Collection<Customer> customers() {
        return List.copyOf(customers.values());
    }

    /**
     * Tells whether a customer came from a portfolio CSV.
     *
     * @param id the customer
     * @return true for master data
     */
    public boolean isMasterData(CustomerId id) {
        return masterData.getOrDefault(id, false);
    }

    /**
     * Returns the documents in the order first read.
     *
     * @return the documents; never null
     */
    public Collection<Document> documents() {
        return List.copyOf(documents.values());
    }

    /**
     * Returns the notes.
     *
     * @return the notes in the order recorded; never null
     */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Adds customers that documents name but no file described, with their RUT as name.
     *
     * @param placeholder builds a customer for an id; never null
     */
    public void addMissingCustomers(Function<CustomerId, Customer> placeholder) {
        for (Document document : documents.values()) {
            if (!customers.containsKey(document.customerId())) {
                addCustomer(placeholder.apply(document.customerId()), false);
            }
        }
    }
}
