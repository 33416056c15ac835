package org.atomic2dynamics.mapping.propose;

/** One row of the tags table; tags become the options of a multi-select choice, not records. */
public record TagValue(long id, String name, String color) {
}
