package dev.berth.docker.internal.tar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of a PAX extended header ({@code x} or global {@code g} entry): records of the form
 * {@code "<length> <key>=<value>\n"}, the length counting the whole record in bytes, values in UTF-8.
 */
final class PaxRecords {

    private PaxRecords() {
    }

    static byte[] encode(Map<String, String> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> record : records.entrySet()) {
            byte[] body = (" " + record.getKey() + "=" + record.getValue() + "\n").getBytes(StandardCharsets.UTF_8);
            // the length counts its own digits: grow it until it is stable
            int length = body.length + 1;
            while (Integer.toString(length).length() + body.length != length) {
                length = Integer.toString(length).length() + body.length;
            }
            out.writeBytes(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /**
     * @param offset where the header entry starts in the archive, for messages
     * @return the records in order; an empty value is kept, meaning "unset the key"
     */
    static Map<String, String> parse(byte[] content, long offset) throws IOException {
        Map<String, String> records = new LinkedHashMap<>();
        int i = 0;
        while (i < content.length && content[i] != 0) {
            int space = i;
            int length = 0;
            while (space < content.length && content[space] >= '0' && content[space] <= '9' && length < 100_000_000) {
                length = length * 10 + content[space] - '0';
                space++;
            }
            if (space == i || space >= content.length || content[space] != ' ' || i + length > content.length
                    || length <= space - i + 1 || content[i + length - 1] != '\n') {
                throw new IOException("the PAX extended header at byte " + offset + " has a malformed record at position " + i
                        + ": the archive is corrupt");
            }
            String record = new String(content, space + 1, i + length - 1 - (space + 1), StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            if (equals <= 0) {
                throw new IOException("the PAX extended header at byte " + offset + " has a record without a key: [" + record + "]");
            }
            records.put(record.substring(0, equals), record.substring(equals + 1));
            i += length;
        }
        return records;
    }
}
