package org.atomic2dynamics.emulator;

/** A systemuser seeded at start (from {@code --users users.csv}); the email is both mail and UPN. */
public record SeedUser(String email, String firstName, String lastName, boolean disabled) {

    public SeedUser {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a seeded user needs an email");
        }
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
    }

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
