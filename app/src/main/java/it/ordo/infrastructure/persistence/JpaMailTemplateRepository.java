package it.ordo.infrastructure.persistence;

import it.ordo.domain.notification.MailTemplate;
import it.ordo.domain.notification.MailTemplateKey;
import it.ordo.domain.notification.MailTemplateRepository;
import java.util.List;
import java.util.Optional;

/** Changed e-mail templates through JPA, so the audit trail records each change and each reset. */
public final class JpaMailTemplateRepository implements MailTemplateRepository {

    private final JpaTransactions tx;

    public JpaMailTemplateRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<MailTemplate> find(MailTemplateKey key, String language) {
        return tx.em().createQuery("select t from MailTemplate t where t.templateKey = :k and t.language = :l",
                        MailTemplate.class)
                .setParameter("k", key).setParameter("l", language)
                .getResultStream().findFirst();
    }

    @Override
    public List<MailTemplate> all() {
        return tx.em().createQuery("select t from MailTemplate t", MailTemplate.class).getResultList();
    }

    @Override
    public void store(MailTemplate template) {
        if (template.id() == null) {
            tx.em().persist(template);
        }
    }

    @Override
    public void delete(MailTemplate template) {
        tx.em().remove(template);
    }
}
