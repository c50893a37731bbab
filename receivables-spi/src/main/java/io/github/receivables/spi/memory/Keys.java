package io.github.receivables.spi.memory;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.function.Function;

/** Orders and page tokens shared by the in-memory stores. */
final class Keys {

    /**
     * Unicode code point order, the order the store contracts name. It differs from {@link
     * String#compareTo} (UTF-16 order) only between supplementary characters and U+E000 to U+FFFF.
     */
    static final Comparator<String> CODE_POINTS = Keys::compareCodePoints;

    /** Orders time keys by instant, then key in code point order. */
    static final Comparator<TimeKey> TIME_KEYS =
            Comparator.comparing(TimeKey::at).thenComparing(TimeKey::key, CODE_POINTS);

    private Keys() {}

    /** Orders values by a string they map to, in code point order. */
    static <T> Comparator<T> byValue(Function<T, String> value) {
        return Comparator.comparing(value, CODE_POINTS);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * A sort key of an instant and a unique string key, for listings by creation time.
     *
     * @param at the instant
     * @param key the row's unique key
     */
    record TimeKey(Instant at, String key) {}

    /** Turns a sort key into a page token and back. */
    interface TokenCodec<S> {
        String encode(S key);

        S decode(String token);
    }

    /** Returns the codec of string-valued ids: the token is the id's value. */
    static <S> TokenCodec<S> idTokens(Function<S, String> encode, Function<String, S> decode) {
        return new TokenCodec<>() {
            @Override
            public String encode(S key) {
                return encode.apply(key);
            }

            @Override
            public S decode(String token) {
                return decode.apply(token);
            }
        };
    }

    /** Returns the codec of time keys: the instant, a bar, then the key. */
    static TokenCodec<TimeKey> timeTokens() {
        return new TokenCodec<>() {
            @Override
            public String encode(TimeKey key) {
                return key.at() + "|" + key.key();
            }

            @Override
            public TimeKey decode(String token) {
                int bar = token.indexOf('|');
                if (bar < 0) {
                    throw invalidToken(token, null);
                }
                try {
                    return new TimeKey(Instant.parse(token.substring(0, bar)),
                            token.substring(bar + 1));
                } catch (DateTimeParseException e) {
                    throw invalidToken(token, e);
                }
            }
        };
    }

    private static IllegalArgumentException invalidToken(String token, Exception cause) {
        return new IllegalArgumentException("page token '" + token
                + "' was not issued by this query: pass back the nextToken of the previous page",
                cause);
    }
}
