package org.genaikg.extractor.codec;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads what {@link BinaryOut} wrote; anything out of shape is an {@link UnreadableFormat}, never a misread. */
final class BinaryIn {

    /** Reads one value from the stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(BinaryIn in) throws IOException;
    }

    /** No string or list in our files comes near this: a larger length is a damaged file. */
    private static final int MAX_LENGTH = 64 * 1024 * 1024;

    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();

    BinaryIn(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** Checks the magic bytes and the version; says what the file is when they are not ours. */
    void header(byte[] magic, int version, String what) throws IOException {
        byte[] found = new byte[magic.length];
        try {
            in.readFully(found);
        } catch (EOFException e) {
            throw new UnreadableFormat(what + " is truncated");
        }
        if (found[0] == (byte) 0xAC && found[1] == (byte) 0xED) {
            throw new UnreadableFormat(what + " was written by an older version of genai-kg (Java serialization)");
        }
        if (!Arrays.equals(found, magic)) {
            throw new UnreadableFormat(what + " is not a genai-kg file");
        }
        int foundVersion = readInt();
        if (foundVersion != version) {
            throw new UnreadableFormat(what + " has format version " + foundVersion + ", this genai-kg reads " + version);
        }
    }

    int readInt() throws IOException {
        int zigzag = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            zigzag |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (zigzag >>> 1) ^ -(zigzag & 1);
            }
        }
        throw new UnreadableFormat("a number is longer than 5 bytes");
    }

    int readLength() throws IOException {
        int length = readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new UnreadableFormat("a length of " + length + " is out of range");
        }
        return length;
    }

    boolean readBoolean() throws IOException {
        int b = in.readUnsignedByte();
        if (b > 1) {
            throw new UnreadableFormat("a boolean reads " + b);
        }
        return b == 1;
    }

    String readString() throws IOException {
        int ref = readLength();
        if (ref == 0) {
            return null;
        }
        if (ref <= strings.size()) {
            return strings.get(ref - 1);
        }
        if (ref != strings.size() + 1) {
            throw new UnreadableFormat("string " + ref + " is out of order");
        }
        byte[] bytes = new byte[readLength()];
        in.readFully(bytes);
        String value = new String(bytes, StandardCharsets.UTF_8);
        strings.add(value);
        return value;
    }

    String readRequiredString() throws IOException {
        String value = readString();
        if (value == null) {
            throw new UnreadableFormat("a required string is missing");
        }
        return value;
    }

    <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
        String name = readRequiredString();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFormat("unknown " + type.getSimpleName() + " " + name);
        }
    }

    <T> List<T> readAll(Reader<T> reader) throws IOException {
        int size = readLength();
        List<T> values = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            values.add(reader.read(this));
        }
        return values;
    }

    /** Fails unless the whole file was read: trailing bytes mean another format. */
    void end() throws IOException {
        if (in.read() != -1) {
            throw new UnreadableFormat("bytes after the end");
        }
    }
}
