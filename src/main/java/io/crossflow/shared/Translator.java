package io.crossflow.shared;

import java.util.Locale;

/**
 * Words a server message, written in English, in a reader's language: for a body that is not a
 * JSON answer (an HTML page, an e-mail) where the {@link Localized} answer advice does not run.
 */
public interface Translator {

    /** The message in the locale's language when it is known there; else as it is. */
    String translate(String message, Locale locale);
}
