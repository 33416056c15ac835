package org.atomic2dynamics.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Builds the JSON objects of request bodies on a small array map instead of a LinkedHashMap: a bulk
 * message has a thousand objects of a dozen properties, and their maps were most of what parsing it
 * cost. Same order rules (insertion order, replacing keeps the place); decimals stay exact.
 */
final class SmallObjectNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    SmallObjectNodes() {
        super(true);
    }

    @Override
    public ObjectNode objectNode() {
        return new ObjectNode(this, new SmallMap());
    }

    /** An insertion-ordered map for a few keys; lookups compare the keys' hash codes before their text. */
    static final class SmallMap extends AbstractMap<String, JsonNode> {
        private String[] keys = new String[16];
        private int[] hashes = new int[16];
        private JsonNode[] values = new JsonNode[16];
        private int size;

        @Override
        public int size() {
            return size;
        }

        @Override
        public JsonNode get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public JsonNode put(String key, JsonNode value) {
            int i = indexOf(key);
            if (i >= 0) {
                JsonNode previous = values[i];
                values[i] = value;
                return previous;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            hashes[size] = key.hashCode();
            values[size++] = value;
            return null;
        }

        @Override
        public JsonNode remove(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : removeAt(i);
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, JsonNode>> iterator() {
                    return new Entries();
                }
            };
        }

        private int indexOf(Object key) {
            if (key == null) {
                return -1;
            }
            int hash = key.hashCode();
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash && keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        private JsonNode removeAt(int i) {
            JsonNode previous = values[i];
            System.arraycopy(keys, i + 1, keys, i, size - i - 1);
            System.arraycopy(hashes, i + 1, hashes, i, size - i - 1);
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            keys[--size] = null;
            values[size] = null;
            return previous;
        }

        /** Entries in order; remove() is supported (ObjectNode's retain/without use it). */
        private final class Entries implements Iterator<Map.Entry<String, JsonNode>> {
            private int next;
            private int last = -1;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Map.Entry<String, JsonNode> next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                last = next++;
                return new AbstractMap.SimpleImmutableEntry<>(keys[last], values[last]);
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                removeAt(last);
                next = last;
                last = -1;
            }
        }
    }
}
