package org.highroad.notifications.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a user's e-mail address and language are kept: the engine's identity service (its user's e-mail, and the
 * user info {@code language}: {@code es} for Spanish; English otherwise). Implemented in {@code process}, the only
 * place that reads the engine.
 */
public interface Mailboxes {

    /** The languages messages are written in; the first is the default. */
    List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** @param email {@code null} when the user has none: the message is listed, not mailed */
    record Mailbox(String userId, String email, Locale language) {
    }

    Optional<Mailbox> of(String userId);

    /** Keeps the language the user reads its messages in (one of {@link #LANGUAGES}). */
    void setLanguage(String userId, Locale language);

    /** The members of a group. */
    List<String> membersOf(String groupId);

    /** The supported language a tag names, English for any other (or none). */
    static Locale language(String tag) {
        if (tag == null || tag.isBlank()) {
            return LANGUAGES.get(0);
        }
        String wanted = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(LANGUAGES.get(0));
    }
}
