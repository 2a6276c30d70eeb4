package org.reportintake.parser.read;

import org.reportintake.parser.document.Document;

/** Reads one file format into the format-neutral document. Throws {@code ParseProblem} for bad input. */
public interface DocumentReader {

    Document read(byte[] content, Deadline deadline);
}
