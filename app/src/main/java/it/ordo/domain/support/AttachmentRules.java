package it.ordo.domain.support;

import it.ordo.domain.DomainException;
import java.util.Locale;

/**
 * What may be attached to a ticket: photos (JPEG, PNG) and PDFs up to
 * {@link #MAX_BYTES}. The type is told by the file's first bytes, not by its
 * name, so a renamed executable is refused whatever it is called.
 */
public final class AttachmentRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private AttachmentRules() {
    }

    /** The content type of an acceptable file; refuses an empty, too large or forbidden one, naming the file. */
    public static String check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("ticket.attachment.name", name);
        }
        if (content == null || content.length == 0) {
            throw new DomainException("ticket.attachment.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("ticket.attachment.tooLarge", name, content.length / 1024, MAX_BYTES / 1024);
        }
        String type = sniff(content);
        if (type == null) {
            throw new DomainException("ticket.attachment.type", name, extension(name));
        }
        return type;
    }

    private static String sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "?" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
