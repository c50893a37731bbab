package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHeader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Recognizes statements and entries imported before, using the stable entry ids the readers
 * assign and a {@link SeenEntryStore}.
 *
 * <p>An entry is a duplicate when its id was recorded by an earlier import, by an earlier
 * statement of the same call, or earlier in the same statement. Two genuine look-alike entries of
 * one statement (same day, amount and text) have different ids, so both count as new. A statement
 * without entries is recognized by its statement key, a hash of its header, balances and entry
 * ids. Thread-safe when the store is.
 */
public final class DuplicateDetector {

    private static final String STATEMENT_PREFIX = "statement:";

    private final SeenEntryStore store;

    /**
     * Creates a detector over a store.
     *
     * @param store where seen ids are kept; never null
     */
    public DuplicateDetector(SeenEntryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Classifies the entries of each statement without recording anything.
     *
     * @param statements the statements of one file, in file order; never null
     * @return one outcome per statement; never null
     */
    public ImportReport check(List<BankStatement> statements) {
        Set<String> earlier = new HashSet<>();
        List<StatementImport> outcomes = new ArrayList<>();
        for (BankStatement statement : statements) {
            String key = statementKey(statement);
            List<String> ids = ids(statement, key);
            Set<String> seen = store.seen(ids);
            Set<String> fresh = new HashSet<>();
            for (String id : ids) {
                if (!seen.contains(id) && earlier.add(id)) {
                    fresh.add(id);
                }
            }
            outcomes.add(classify(statement, key, fresh));
        }
        return new ImportReport(outcomes);
    }

    /**
     * Classifies and records the entries of each statement. The entries reported as new are
     * recorded by this call, so no later call reports them as new again.
     *
     * @param statements the statements of one file, in file order; never null
     * @return one outcome per statement; never null
     */
    public ImportReport register(List<BankStatement> statements) {
        List<StatementImport> outcomes = new ArrayList<>();
        for (BankStatement statement : statements) {
            outcomes.add(register(statement));
        }
        return new ImportReport(outcomes);
    }

    /**
     * Classifies and records the entries of one statement.
     *
     * @param statement the statement; never null
     * @return the outcome; never null
     */
    public StatementImport register(BankStatement statement) {
        String key = statementKey(statement);
        Set<String> fresh = new HashSet<>(store.recordNew(ids(statement, key)));
        return classify(statement, key, fresh);
    }

    private static List<String> ids(BankStatement statement, String key) {
        List<String> ids = new ArrayList<>(statement.entries().size() + 1);
        ids.add(STATEMENT_PREFIX + key);
        for (StatementEntry entry : statement.entries()) {
            ids.add(entry.id());
        }
        return ids;
    }

    /** Splits entries by whether their id is in {@code fresh}; each fresh id counts once. */
    private static StatementImport classify(BankStatement statement, String key, Set<String> fresh) {
        List<StatementEntry> added = new ArrayList<>();
        List<StatementEntry> duplicates = new ArrayList<>();
        for (StatementEntry entry : statement.entries()) {
            if (fresh.remove(entry.id())) {
                added.add(entry);
            } else {
                duplicates.add(entry);
            }
        }
        StatementHeader header = statement.header();
        if (statement.entries().isEmpty()) {
            return fresh.contains(STATEMENT_PREFIX + key)
                    ? new StatementImport.New(header, key, added)
                    : new StatementImport.AlreadyImported(header, key, duplicates);
        }
        if (duplicates.isEmpty()) {
            return new StatementImport.New(header, key, added);
        }
        if (added.isEmpty()) {
            return new StatementImport.AlreadyImported(header, key, duplicates);
        }
        return new StatementImport.Overlapping(header, key, added, duplicates);
    }

    /**
     * Computes the key that identifies a statement as a whole: a hash of its format, account,
     * statement id, sequence number, period, opening and closing balances and entry ids.
     *
     * @param statement the statement; never null
     * @return a 32-character hexadecimal key; never null
     */
    public static String statementKey(BankStatement statement) {
        StatementHeader header = statement.header();
        StringBuilder text = new StringBuilder();
        append(text, header.format());
        append(text, header.account().value());
        append(text, header.statementId());
        append(text, header.sequenceNumber());
        append(text, header.fromDate());
        append(text, header.toDate());
        append(text, amount(header.opening()));
        append(text, amount(statement.trailer().closing()));
        for (StatementEntry entry : statement.entries()) {
            append(text, entry.id());
        }
        return sha256(text.toString());
    }

    private static String amount(Balance balance) {
        return balance == null
                ? null
                : balance.amount().value().stripTrailingZeros().toPlainString()
                        + balance.amount().currency();
    }

    private static void append(StringBuilder text, Object value) {
        text.append(value).append('\u001f');
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
