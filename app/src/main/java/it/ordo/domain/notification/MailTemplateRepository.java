package it.ordo.domain.notification;

import java.util.List;
import java.util.Optional;

/** The templates administrators changed; every method works in the caller's transaction. */
public interface MailTemplateRepository {

    Optional<MailTemplate> find(MailTemplateKey key, String language);

    List<MailTemplate> all();

    void store(MailTemplate template);

    void delete(MailTemplate template);
}
