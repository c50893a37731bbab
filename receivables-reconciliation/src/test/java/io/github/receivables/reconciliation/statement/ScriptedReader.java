package io.github.receivables.reconciliation.statement;

import java.io.InputStream;
import java.util.List;

/**
 * A reader that ignores its input and plays a script: {@code S} is one empty statement and
 * {@code W} one warning, so {@code "WSW"} is a warning, a statement, then a trailing warning.
 */
final class ScriptedReader implements StatementReader {

    private final String script;
    private final long extraWarnings;
    private final ReaderLimits limits;

    ScriptedReader(String script) {
        this(script, 0, ReaderLimits.DEFAULTS);
    }

    /** Plays the script, then passes on {@code extraWarnings} more warnings. */
    ScriptedReader(String script, long extraWarnings, ReaderLimits limits) {
        this.script = script;
        this.extraWarnings = extraWarnings;
        this.limits = limits;
    }

    @Override
    public StatementFormat format() {
        return StatementFormat.MT940;
    }

    @Override
    public ReaderLimits limits() {
        return limits;
    }

    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        long line = 0;
        for (char step : script.toCharArray()) {
            line++;
            if (step == 'S') {
                handler.startStatement(new StatementHeader(StatementFormat.MT940, source, null,
                        "S" + line, new AccountIdentifier(null, "ACC", null), null, null, null,
                        null, null, null));
                handler.endStatement(new StatementTrailer(null, List.of(), 0,
                        new BalanceCheck.NotCheckable("scripted")));
            } else {
                handler.warning(warning(source, line));
            }
        }
        for (long i = 0; i < extraWarnings; i++) {
            handler.warning(warning(source, ++line));
        }
    }

    private static ReaderWarning warning(String source, long line) {
        return new ReaderWarning(new SourcePosition(source, line, 0, ""), "warning " + line);
    }
}
