package it.ordo.application.support;

/** An attachment's file as the workstation saves or shows it. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
