package org.rogatory.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers that the browser saves as a file rather than shows. */
public final class Downloads {

    public static final String ZIP = "application/zip";

    private Downloads() {
    }

    /** A ZIP package as an attachment, with its SHA-256 in {@code X-Package-SHA256} to check it by. */
    public static ResponseEntity<byte[]> zip(HttpStatus status, String filename, String sha256, byte[] zip) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Package-SHA256", sha256)
                .body(zip);
    }
}
