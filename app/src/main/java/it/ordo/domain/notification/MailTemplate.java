package it.ordo.domain.notification;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer e-mail template as an administrator wrote it, in one language;
 * a template with no row is the shipped one. Audited: who changed what a
 * customer reads, and when.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "template_key")
    private MailTemplateKey templateKey;
    private String language;
    private String subject;
    private String body;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected MailTemplate() {
    }

    public MailTemplate(MailTemplateKey key, String language) {
        this.templateKey = key;
        this.language = MailTemplateKey.language(language);
    }

    /** New texts, checked first: nothing is kept of a template that could not be sent. */
    public void change(String newSubject, String newBody, String by, Instant at) {
        templateKey.check(newSubject, newBody);
        this.subject = newSubject.strip();
        this.body = newBody.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public MailTemplateKey key() {
        return templateKey;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
