package org.highroad.notifications.process;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.highroad.notifications.domain.Mailboxes;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Users' e-mail addresses are the engine identity service's (set in Admin, or when a user is created); a user's
 * language is its user info {@value #LANGUAGE} ({@code es} for Spanish; English when unset or another language).
 */
@Component
class EngineMailboxes implements Mailboxes {

    /** The engine user info key holding the language a user reads its messages in. */
    static final String LANGUAGE = "language";

    private final IdentityService identity;

    EngineMailboxes(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<Mailbox> of(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
        return Optional.of(new Mailbox(userId, email, Mailboxes.language(identity.getUserInfo(userId, LANGUAGE))));
    }

    @Override
    public void setLanguage(String userId, Locale language) {
        identity.setUserInfo(userId, LANGUAGE, language.getLanguage());
    }

    @Override
    public List<String> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream().map(User::getId)
                .toList();
    }
}
