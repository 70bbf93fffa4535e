package org.genaikg.extractor.codec;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the codecs' format: variable-length integers, and strings through a table, so a string
 * repeated in a record (a page's path in every span) is written once and then named by its index.
 */
final class BinaryOut {

    /** Writes one value to the stream. */
    @FunctionalInterface
    interface Writer<T> {
        void write(BinaryOut out, T value) throws IOException;
    }

    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();

    BinaryOut(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void header(byte[] magic, int version) throws IOException {
        out.write(magic);
        writeInt(version);
    }

    /** Zig-zag variable-length: small numbers, -1 included, take one byte. */
    void writeInt(int value) throws IOException {
        int zigzag = (value << 1) ^ (value >> 31);
        while ((zigzag & ~0x7F) != 0) {
            out.writeByte((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        out.writeByte(zigzag);
    }

    void writeBoolean(boolean value) throws IOException {
        out.writeByte(value ? 1 : 0);
    }

    /** 0 for null; the index + 1 of a string seen before; the next index + 1 followed by the UTF-8 bytes of a new one. */
    void writeString(String value) throws IOException {
        if (value == null) {
            writeInt(0);
            return;
        }
        Integer known = strings.get(value);
        if (known != null) {
            writeInt(known + 1);
            return;
        }
        int index = strings.size();
        strings.put(value, index);
        writeInt(index + 1);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        out.write(bytes);
    }

    void writeEnum(Enum<?> value) throws IOException {
        writeString(value.name()); // by name: a reordered enum still reads
    }

    <T> void writeAll(Collection<T> values, Writer<T> writer) throws IOException {
        writeInt(values.size());
        for (T value : values) {
            writer.write(this, value);
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
