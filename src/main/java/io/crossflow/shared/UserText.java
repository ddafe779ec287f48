package io.crossflow.shared;

import java.text.Normalizer;

/**
 * The one rule for every name a person types or uploads (document and file names, titles of work
 * items, tickets, pages, projects, orders, rules, tokens): what another person later reads must
 * look exactly like what is stored. A name is normalised (NFC) and trimmed; it is refused (400,
 * naming the field and the character) when it contains a character that is invisible or changes
 * how the text around it is displayed: controls (Cc, e.g. NUL, tab, line feed), format characters
 * (Cf: the bidi overrides and isolates such as U+202E, zero-width characters, the byte-order mark),
 * line and paragraph separators, and lone surrogates. Refused rather than
 * stripped: "invoice&lt;U+202E&gt;gpj.exe" silently becoming "invoicegpj.exe" would hide from
 * the uploader that its name was not what it looked like.
 *
 * <p>Typed names longer than their limit are refused; uploaded file names are shortened instead,
 * keeping their extension, because a person cannot easily rename a file its system produced.
 */
public final class UserText {

    /** The longest title or name a person types, in characters (code points). */
    public static final int MAX_NAME = 200;

    /** The longest stored file name, in characters (code points); longer ones are shortened. */
    public static final int MAX_FILE_NAME = 200;

    /** The longest extension {@link #fileName} keeps when it shortens a name. */
    private static final int MAX_EXTENSION = 16;

    private UserText() {}

    /** An optional name: null and blank stay null; otherwise {@link #name}. */
    public static String optionalName(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return name(field, value, maxLength);
    }

    /**
     * A name as it is stored, NFC and trimmed, where the caller checks the length itself (a
     * {@code @Size} on the field, a module's setting). Null stays null.
     *
     * @throws InvalidInputException with one error for {@code field}, for a forbidden character
     */
    public static String name(String field, String value) {
        return value == null ? null : clean(field, value);
    }

    /**
     * A name as it is stored: NFC, trimmed, at most {@code maxLength} characters. Null stays null
     * (a required field says so itself); a blank value becomes empty.
     *
     * @throws InvalidInputException with one error for {@code field}, for a forbidden character or
     *     a name over the limit
     */
    public static String name(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = clean(field, value);
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw InvalidInputException.field(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /**
     * An uploaded file's name as it is shown: its last path segment, NFC, trimmed, without leading
     * dots, shortened to {@link #MAX_FILE_NAME} characters keeping the extension; "file" when
     * nothing is left.
     *
     * @throws InvalidInputException with one error for {@code field} naming the file, for a
     *     forbidden character
     */
    public static String fileName(String field, String value) {
        if (value == null) {
            return "file";
        }
        String text = value.substring(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
        int bad = firstForbidden(text);
        if (bad >= 0) {
            throw InvalidInputException.field(
                    field,
                    "The file name \"" + visible(text) + "\" contains an invisible or text-direction character ("
                            + codePoint(bad) + "). Rename the file and upload it again.");
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceFirst("^\\.+", "");
        if (text.isBlank()) {
            return "file";
        }
        return shorten(text, MAX_FILE_NAME);
    }

    /** The first forbidden code point of the text, or -1 if there is none. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (forbidden(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The text with each forbidden character written as {@code <U+XXXX>}, safe to show in a message. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (forbidden(cp)) {
                out.append('<').append(codePoint(cp)).append('>');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean forbidden(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static String clean(String field, String value) {
        int bad = firstForbidden(value);
        if (bad >= 0) {
            throw InvalidInputException.field(
                    field,
                    "contains an invisible or text-direction character (" + codePoint(bad)
                            + "); remove it and try again");
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** At most {@code max} code points; a short extension (".pdf") survives the cut. */
    private static String shorten(String name, int max) {
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = max - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
