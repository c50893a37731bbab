package io.github.receivables.spi.memory;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.WriteOffId;
import io.github.receivables.spi.store.WriteOffRecord;
import io.github.receivables.spi.store.WriteOffStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@link WriteOffStore} over the in-memory tables. The document reference is checked against its
 * table, as a database checks a foreign key.
 */
final class MemoryWriteOffStore implements WriteOffStore {

    private final MemoryDatabase db;
    private final Access access;

    MemoryWriteOffStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public WriteOffRecord insert(WriteOffRecord writeOff) {
        Objects.requireNonNull(writeOff, "writeOff");
        return access.write(undo -> insertAll(List.of(writeOff), undo).get(0));
    }

    @Override
    public List<WriteOffRecord> insertAll(Collection<WriteOffRecord> writeOffs) {
        List<WriteOffRecord> copy = List.copyOf(writeOffs);
        return access.write(undo -> insertAll(copy, undo));
    }

    private List<WriteOffRecord> insertAll(List<WriteOffRecord> writeOffs, UndoLog undo) {
        Set<WriteOffId> seen = new HashSet<>();
        for (WriteOffRecord writeOff : writeOffs) {
            if (!seen.add(writeOff.id()) || db.writeOffs.contains(writeOff.id())) {
                throw new DuplicateKeyException("write-off " + writeOff.id() + " already exists");
            }
            if (!db.documents.contains(writeOff.documentId())) {
                throw new NotFoundException("write-off " + writeOff.id() + " closes document "
                        + writeOff.documentId() + ", which is not stored");
            }
        }
        for (WriteOffRecord writeOff : writeOffs) {
            db.writeOffs.put(writeOff.id(), writeOff, undo);
        }
        return writeOffs;
    }

    @Override
    public Optional<WriteOffRecord> find(WriteOffId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.writeOffs.get(id)));
    }

    @Override
    public WriteOffRecord reverse(WriteOffId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.write(undo -> {
            WriteOffRecord current = db.writeOffs.get(id);
            if (current == null) {
                throw new NotFoundException("write-off " + id + " not found");
            }
            if (current.reversedOn() != null) {
                throw new ConflictException("write-off " + id + " was already reversed on "
                        + current.reversedOn());
            }
            WriteOffRecord reversed = current.reverse(on);
            db.writeOffs.put(id, reversed, undo);
            return reversed;
        });
    }

    @Override
    public List<WriteOffRecord> findByDocument(DocumentId documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return access.read(() -> load(db.writeOffsByDocument.group(documentId).values()));
    }

    @Override
    public List<WriteOffRecord> findBySource(String source) {
        Objects.requireNonNull(source, "source");
        return access.read(() -> load(db.writeOffsBySource.group(source).values()));
    }

    @Override
    public Stream<WriteOffRecord> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<WriteOffRecord> copy = access.read(() -> {
            TreeMap<WriteOffId, WriteOffRecord> sorted = new TreeMap<>(
                    MemoryDatabase.WRITE_OFF_ORDER);
            for (DocumentId document : db.documentsByCustomer.group(customerId).values()) {
                for (WriteOffId id : db.writeOffsByDocument.group(document).values()) {
                    sorted.put(id, db.writeOffs.get(id));
                }
            }
            return new ArrayList<>(sorted.values());
        });
        return copy.stream();
    }

    private List<WriteOffRecord> load(Collection<WriteOffId> ids) {
        return ids.stream().map(db.writeOffs::get).toList();
    }
}
