package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.statement.StatementFormat;
import java.util.Objects;

/** The result of {@link FormatDetector}: a known format, a ZIP archive, or unknown. */
public sealed interface FormatDetection {

    /**
     * The file is a statement of a known format.
     *
     * @param format the format; never null
     * @param evidence what decided it, such as {@code camt.053 namespace}; never null
     */
    record Detected(StatementFormat format, String evidence) implements FormatDetection {

        /** Validates the components. */
        public Detected {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** The file is a ZIP archive (not a workbook) whose entries are statements. */
    record ZipArchive() implements FormatDetection {}

    /**
     * The format is not recognized.
     *
     * @param reason what was found instead; never null
     */
    record Unknown(String reason) implements FormatDetection {

        /** Validates the components. */
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
